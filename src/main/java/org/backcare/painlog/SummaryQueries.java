package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcare.access.AccessContext;
import org.backcare.common.SqlQuery;

/**
 * The diary's day counters summed over a span of local days: what the summary, the advice and
 * today's plan read instead of entries. Cost follows the number of days, not of entries.
 */
@ApplicationScoped
class SummaryQueries {

    /** A span of local days of the diary, as one reader may see it. */
    record Window(UUID patientId, ZoneId zone, LocalDate from, LocalDate to, boolean withoutPrivate) {

        static Window of(UUID patientId, ZoneId zone, LocalDate from, LocalDate to, AccessContext reader) {
            return new Window(patientId, zone, from, to, !reader.seesPrivateEntries());
        }
    }

    /** One local day: its entries, how many had each intensity, and the days' flags. */
    record Day(LocalDate date, long entries, long[] byIntensity, long disrupted, long lowMood) {

        double mean() {
            long sum = 0;
            for (int value = 0; value < byIntensity.length; value++) {
                sum += value * byIntensity[value];
            }
            return (double) sum / entries;
        }

        int min() {
            for (int value = 0; value < byIntensity.length; value++) {
                if (byIntensity[value] > 0) {
                    return value;
                }
            }
            return 0;
        }

        int max() {
            for (int value = byIntensity.length - 1; value > 0; value--) {
                if (byIntensity[value] > 0) {
                    return value;
                }
            }
            return 0;
        }
    }

    /** One medication and unit (lower case) taken on one local day, in all. */
    record DoseDay(LocalDate date, String name, String unit, BigDecimal taken) {
    }

    private static final String SUMS = DayColumns.NAMES.stream().map(c -> "sum(" + c + ")")
            .collect(Collectors.joining(", "));
    private static final String DAY_SUMS = "sum(entries), " + java.util.stream.IntStream.rangeClosed(0,
            DayColumns.MAX_INTENSITY).mapToObj(i -> "sum(i" + i + ")").collect(Collectors.joining(", "))
            + ", sum(disrupted), sum(low_mood)";

    /** Every counter summed over the window, indexed as {@link DayColumns}. */
    long[] totals(Window w) {
        return query(w, "select " + SUMS + " from pain_day where ").first(row -> {
            long[] totals = new long[DayColumns.COUNT];
            for (int i = 0; i < totals.length; i++) {
                totals[i] = row.getLong(i + 1); // a sum over no rows is null, read as 0
            }
            return totals;
        }).orElseThrow();
    }

    /** The days of the window that have entries, in order. */
    List<Day> days(Window w) {
        return query(w, "select local_day, " + DAY_SUMS + " from pain_day where ")
                .append(" group by local_day having sum(entries) > 0 order by local_day").all(row -> {
                    long[] byIntensity = new long[DayColumns.MAX_INTENSITY + 1];
                    for (int value = 0; value <= DayColumns.MAX_INTENSITY; value++) {
                        byIntensity[value] = row.getLong(3 + value);
                    }
                    int flags = 4 + DayColumns.MAX_INTENSITY;
                    return new Day(row.getObject(1, LocalDate.class), row.getLong(2), byIntensity, row.getLong(flags),
                            row.getLong(flags + 1));
                });
    }

    List<DoseDay> doses(Window w) {
        return query(w, "select local_day, name, unit, sum(taken) from pain_day_medication where ")
                .append(" group by local_day, name, unit having sum(entries) > 0 order by local_day, name, unit")
                .all(row -> new DoseDay(row.getObject(1, LocalDate.class), row.getString(2), row.getString(3),
                        row.getBigDecimal(4).stripTrailingZeros()));
    }

    /**
     * {@code select} over the window's rows, in plain SQL: through Hibernate's native queries a third
     * of a summary's CPU outside the driver was Hibernate's. These tables are never written through
     * Hibernate, so nothing unflushed is missed.
     */
    private static SqlQuery query(Window w, String select) {
        SqlQuery query = new SqlQuery(select + "patient_id = ? and local_day >= ? and local_day <= ?", w.patientId(),
                w.from(), w.to());
        return w.withoutPrivate() ? query.and("is_private = false") : query;
    }
}
