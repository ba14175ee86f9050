package org.backcare.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An instant's ISO text, exactly as {@link Instant#toString()} (and so Jackson) writes it, without
 * the formatter: pages of rendered entries write one per entry, and the formatter's generic field
 * queries were an eighth of a sync page's CPU.
 */
public final class InstantText {

    private InstantText() {
    }

    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    public static StringBuilder append(StringBuilder out, Instant instant) {
        return out.append(new String(ascii(instant), StandardCharsets.ISO_8859_1));
    }

    /**
     * The text as ASCII bytes, for JSON built as UTF-8. Written as bytes: appended to a builder as
     * chars, the builder checked each char's coding: 6% of a sync page's profile samples.
     */
    public static byte[] ascii(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            return instant.toString().getBytes(StandardCharsets.US_ASCII); // signed or five-digit years
        }
        int nano = instant.getNano();
        // Fractions in groups of three digits, as many groups as the value needs.
        int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        byte[] text = new byte[20 + (fraction == 0 ? 0 : 1 + fraction)];
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        if (fraction != 0) {
            text[19] = '.';
            digits(text, 20, fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1_000 : nano, fraction);
        }
        text[text.length - 1] = 'Z';
        return text;
    }

    /** Writes {@code value} at {@code at} in exactly {@code width} digits, zeros first. */
    private static void digits(byte[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
