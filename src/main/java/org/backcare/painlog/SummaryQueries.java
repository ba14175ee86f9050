package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcare.access.AccessContext;

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

    private final EntityManager em;

    SummaryQueries(EntityManager em) {
        this.em = em;
    }

    /** Every counter summed over the window, indexed as {@link DayColumns}. */
    long[] totals(Window w) {
        Object[] row = (Object[]) query(w, "select " + SUMS + " from pain_day where " + where(w)).getSingleResult();
        long[] totals = new long[DayColumns.COUNT];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return totals;
    }

    /** The days of the window that have entries, in order. */
    @SuppressWarnings("unchecked")
    List<Day> days(Window w) {
        List<Object[]> rows = query(w, "select local_day, " + DAY_SUMS + " from pain_day where " + where(w)
                + " group by local_day having sum(entries) > 0 order by local_day").getResultList();
        return rows.stream().map(r -> {
            long[] byIntensity = new long[DayColumns.MAX_INTENSITY + 1];
            for (int value = 0; value <= DayColumns.MAX_INTENSITY; value++) {
                byIntensity[value] = ((Number) r[2 + value]).longValue();
            }
            int flags = 3 + DayColumns.MAX_INTENSITY;
            return new Day(date(r[0]), ((Number) r[1]).longValue(), byIntensity, ((Number) r[flags]).longValue(),
                    ((Number) r[flags + 1]).longValue());
        }).toList();
    }

    @SuppressWarnings("unchecked")
    List<DoseDay> doses(Window w) {
        List<Object[]> rows = query(w, "select local_day, name, unit, sum(taken) from pain_day_medication where " + where(w)
                + " group by local_day, name, unit having sum(entries) > 0 order by local_day, name, unit").getResultList();
        return rows.stream().map(r -> new DoseDay(date(r[0]), (String) r[1], (String) r[2],
                new BigDecimal(r[3].toString()).stripTrailingZeros())).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static String where(Window w) {
        return "patient_id = ?1 and local_day >= ?2 and local_day <= ?3" + (w.withoutPrivate() ? " and is_private = false" : "");
    }

    private Query query(Window w, String sql) {
        return em.createNativeQuery(sql).setParameter(1, w.patientId()).setParameter(2, w.from())
                .setParameter(3, w.to());
    }
}
