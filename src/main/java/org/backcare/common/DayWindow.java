package org.backcare.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A span of whole local days in a patient's time zone, from..to inclusive, as the summaries
 * take it: checked, defaulted, and turned into the instants that bound the queries.
 */
public record DayWindow(LocalDate from, LocalDate to, ZoneId zone) {

    /** Days a query may name: no report is older (see ReportedTimes), and every database stores these years. */
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 30);

    /**
     * @param defaultDays span ending today when {@code from} is absent
     * @param maxDays     longest span allowed
     */
    public static DayWindow of(LocalDate from, LocalDate to, ZoneId zone, LocalDate today, int defaultDays,
            int maxDays) {
        requirePlausible("from", from);
        requirePlausible("to", to);
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(defaultDays - 1L);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= maxDays) {
            throw ApiException.invalid("to", "the window may span at most " + maxDays + " days");
        }
        return new DayWindow(start, end, zone);
    }

    /** A 400 naming {@code field} for a day before 1900 or past 9999 (null passes: it is absent). */
    public static void requirePlausible(String field, LocalDate day) {
        if (day != null && (day.isBefore(FIRST) || day.isAfter(LAST))) {
            throw ApiException.invalid(field, "must be between " + FIRST + " and " + LAST);
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Exclusive: the first instant of the day after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Averages are reported to two decimals. */
    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
