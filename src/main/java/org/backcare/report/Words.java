package org.backcare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report writes values: numbers as the API sends them, enum names as words. */
final class Words {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Words() {
    }

    /** A figure the API reports to two decimals, written with two. */
    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String two(Double value) {
        return value == null ? "-" : two(value.doubleValue());
    }

    static String signed(double value) {
        return (value > 0 ? "+" : "") + two(value);
    }

    static String amount(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    /** LOWER_BACK as "Lower back"; an abbreviation (GP) as it is. */
    static String of(Enum<?> value) {
        if (value == null) {
            return "-";
        }
        if (value.name().length() <= 2) {
            return value.name();
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
