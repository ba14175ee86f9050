package org.backcare.painlog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.backcare.common.ApiException;

/**
 * A position in one patient's change sequence, and what the reader could see when it was taken
 * ({@code visibilityKey}). Sequence numbers are handed out under the patient's row lock, so a
 * reader that has seen number N has seen every change before it.
 */
record SyncCursor(long afterSeq, boolean includeDeleted, String visibilityKey) {

    private static final String PREFIX = "sync|";

    String encode() {
        String raw = PREFIX + afterSeq + "|" + includeDeleted + "|" + visibilityKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null when the cursor is not a sync cursor (a history cursor, or none). */
    static SyncCursor decodeIfSync(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "is not a cursor this API issued");
        }
        if (!raw.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = raw.substring(PREFIX.length()).split("\\|");
        try {
            // Tokens issued before visibility keys existed carry none: they start the feed over.
            String key = parts.length > 2 ? parts[2] : "";
            return new SyncCursor(Long.parseLong(parts[0]), Boolean.parseBoolean(parts[1]), key);
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this API issued");
        }
    }
}
