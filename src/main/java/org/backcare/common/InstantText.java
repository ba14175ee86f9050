package org.backcare.common;

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
        long seconds = instant.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            return out.append(instant); // signed or five-digit years: the formatter's rules
        }
        // Written into a buffer and appended once: appended char by char, the builder checked its
        // capacity and coding for each of the 20 to 30 chars.
        char[] text = new char[30];
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
        int end = 19;
        int nano = instant.getNano();
        // Fractions in groups of three digits, as many groups as the value needs.
        if (nano != 0) {
            text[end++] = '.';
            if (nano % 1_000_000 == 0) {
                end = digits(text, end, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                end = digits(text, end, nano / 1_000, 6);
            } else {
                end = digits(text, end, nano, 9);
            }
        }
        text[end++] = 'Z';
        return out.append(text, 0, end);
    }

    /** Writes {@code value} at {@code at} in exactly {@code width} digits, zeros first; where it ends. */
    private static int digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
