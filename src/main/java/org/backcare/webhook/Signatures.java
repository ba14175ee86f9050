package org.backcare.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * X-Backcare-Signature: "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>".
 * Signing the timestamp with the body lets a receiver refuse replays of old deliveries. While a
 * rotated secret is still valid, one v1 per secret is sent, the current one first: a receiver
 * accepts the delivery when any of them matches the secret it holds.
 */
public final class Signatures {

    public static final String HEADER = "X-Backcare-Signature";

    private Signatures() {
    }

    public static String sign(List<String> secrets, long timestamp, String body) {
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            header.append(",v1=").append(hmac(secret, timestamp + "." + body));
        }
        return header.toString();
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
