package org.backcare.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** JSON put together from parts already in UTF-8, copied once into an array of the exact size. */
public final class ByteJoin {

    public static final byte[] NONE = {};

    private ByteJoin() {
    }

    /** The first {@code headLength} bytes of {@code head}, then each part whole. */
    public static byte[] join(byte[] head, int headLength, byte[]... parts) {
        int size = headLength;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] joined = Arrays.copyOf(head, size);
        int at = headLength;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** Each part whole, one after the other. */
    public static byte[] concat(byte[]... parts) {
        return join(NONE, 0, parts);
    }

    /** Text known to be ASCII (names, punctuation, digits) as its bytes. */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
