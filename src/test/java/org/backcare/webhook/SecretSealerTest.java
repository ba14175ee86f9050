package org.backcare.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.backcare.identity.DevTokenConfig;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing of webhook secrets: bound to the webhook, tamper-evident, keys rotate. */
class SecretSealerTest {

    private static final String OLD = "2025-01:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW = "2026-11:" + Base64.getEncoder().encodeToString("n".repeat(32).getBytes());

    private final UUID webhook = UUID.randomUUID();

    @Test
    void aSealedSecretOpensOnlyForItsWebhookAndUnaltered() {
        SecretSealer sealer = new SecretSealer(List.of(NEW));
        String secret = SecretSealer.generate();
        SecretSealer.Sealed sealed = sealer.seal(webhook, secret);

        assertEquals("2026-11", sealed.keyId());
        assertEquals(secret, sealer.open(webhook, sealed));
        assertNotEquals(sealed.value(), sealer.seal(webhook, secret).value(), "a fresh nonce every time");
        assertThrows(IllegalStateException.class, () -> sealer.open(UUID.randomUUID(), sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed.value());
        bytes[bytes.length - 1] ^= 1;
        SecretSealer.Sealed tampered = new SecretSealer.Sealed("2026-11", Base64.getEncoder().encodeToString(bytes));
        assertThrows(IllegalStateException.class, () -> sealer.open(webhook, tampered));
    }

    @Test
    void aNewKeyFirstSealsWhileTheOldOneStillOpens() {
        SecretSealer.Sealed underOld = new SecretSealer(List.of(OLD)).seal(webhook, "s".repeat(40));
        SecretSealer rotated = new SecretSealer(List.of(NEW, OLD));
        assertEquals("s".repeat(40), rotated.open(webhook, underOld));
        assertEquals("2026-11", rotated.seal(webhook, "x").keyId());
        IllegalStateException gone = assertThrows(IllegalStateException.class,
                () -> new SecretSealer(List.of(NEW)).open(webhook, underOld));
        assertTrue(gone.getMessage().contains("2025-01"), gone.getMessage());
    }

    @Test
    void keysThatAreNotAes256AreRefused() {
        for (String key : List.of("short:" + Base64.getEncoder().encodeToString(new byte[16]), "no-id", ":abc",
                "bad:not base64!")) {
            assertThrows(IllegalStateException.class, () -> new SecretSealer(List.of(key)), key);
        }
        assertThrows(IllegalStateException.class, () -> new SecretSealer(List.of(NEW, NEW)), "one id twice");
    }

    @Test
    void theDevelopmentKeyIsRefusedUnlessDevelopmentTokensAreOn() {
        SecretSealer development = new SecretSealer(List.of(SecretSealer.DEV_KEY));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SecretReseal(development, devTokens(false)).refuseDevelopmentKey());
        assertTrue(refused.getMessage().contains("BACKCARE_WEBHOOKS_SECRET_KEYS"), refused.getMessage());
        assertDoesNotThrow(() -> new SecretReseal(development, devTokens(true)).refuseDevelopmentKey());
        SecretSealer renamed = new SecretSealer(List.of("prod" + SecretSealer.DEV_KEY.substring(3)));
        assertThrows(IllegalStateException.class, () -> new SecretReseal(renamed, devTokens(false)).refuseDevelopmentKey(),
                "the development key under another id");
        assertDoesNotThrow(() -> new SecretReseal(new SecretSealer(List.of(NEW)), devTokens(false)).refuseDevelopmentKey());
    }

    private static DevTokenConfig devTokens(boolean enabled) {
        return new DevTokenConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Duration lifetime() {
                return Duration.ofHours(1);
            }
        };
    }
}
