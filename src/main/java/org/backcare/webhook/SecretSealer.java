package org.backcare.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals webhook secrets for the database with AES-256-GCM under a configured key, and makes new
 * ones. A sealed value is bound to its webhook (the id is the associated data), so it cannot be
 * copied to another row; the key id is stored beside it, so keys can rotate.
 */
@ApplicationScoped
class SecretSealer {

    /** Published in this repository: for development only, refused otherwise (see SecretReseal). */
    static final String DEV_KEY = "dev:KUO9f2ddBOQDJSuUClpld88mOzMHnFrAF1rrN/+IX2A=";

    record Sealed(String keyId, String value) {
    }

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String sealingKeyId;

    @Inject
    SecretSealer(WebhookConfig config) {
        this(config.secretKeys());
    }

    SecretSealer(List<String> configuredKeys) {
        for (String entry : configuredKeys) {
            int colon = entry.indexOf(':');
            byte[] key = colon < 1 ? new byte[0] : decode(entry.substring(colon + 1).strip());
            if (key.length != 32) {
                throw new IllegalStateException("backcare.webhooks.secret-keys: each entry must be "
                        + "\"id:base64 of 32 random bytes\" (AES-256); one is not");
            }
            String id = entry.substring(0, colon).strip();
            if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException("backcare.webhooks.secret-keys: the key id \"" + id
                        + "\" is given twice");
            }
        }
        this.sealingKeyId = keys.keySet().iterator().next();
    }

    String sealingKeyId() {
        return sealingKeyId;
    }

    /** Whether new secrets would be sealed with the development key, under whatever id. */
    boolean sealsWithDevelopmentKey() {
        byte[] development = decode(DEV_KEY.substring(DEV_KEY.indexOf(':') + 1));
        return MessageDigest.isEqual(keys.get(sealingKeyId).getEncoded(), development);
    }

    /** A new secret: 32 random bytes, URL-safe, with a prefix that says what it is. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Sealed seal(UUID webhookId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(sealingKeyId), nonce, webhookId,
                secret.getBytes(StandardCharsets.UTF_8));
        return new Sealed(sealingKeyId, Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()));
    }

    String open(UUID webhookId, Sealed sealed) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("webhook " + webhookId + " is sealed under key \"" + sealed.keyId()
                    + "\", which backcare.webhooks.secret-keys no longer has");
        }
        byte[] stored = Base64.getDecoder().decode(sealed.value());
        byte[] nonce = Arrays.copyOf(stored, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, webhookId, ciphertext), StandardCharsets.UTF_8);
    }

    /** The webhook's current secret: in the clear on a row not yet resealed, else opened. */
    String currentSecret(Webhook webhook) {
        return webhook.legacySecret != null ? webhook.legacySecret : open(webhook.id, webhook.sealedSecret());
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, UUID webhookId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("backcare webhook secret " + webhookId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " the secret of webhook " + webhookId, e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
