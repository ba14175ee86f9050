package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;

/**
 * The summary's aggregate SQL. Portable between H2 and PostgreSQL: local days and hours come
 * from {@code AT TIME ZONE}, the median from {@code percentile_cont}. Every query is bounded by
 * the (patient_id, recorded_at) index range of the window.
 */
@ApplicationScoped
class SummaryQueries {

    /** A span of the diary as one reader may see it. */
    record Window(UUID patientId, ZoneId zone, Instant from, Instant to, boolean withoutPrivate) {

        static Window of(UUID patientId, ZoneId zone, Instant from, Instant to, AccessContext reader) {
            return new Window(patientId, zone, from, to, !reader.seesPrivateEntries());
        }
    }

    private static final String LOCAL_DAY = localDay("l.recorded_at");

    private final EntityManager em;

    SummaryQueries(EntityManager em) {
        this.em = em;
    }

    Object[] overall(Window w) {
        return (Object[]) query(w, "select count(*), avg(cast(l.intensity as double precision)), max(l.intensity),"
                + " percentile_cont(0.5) within group (order by l.intensity) from pain_log l where " + where(w))
                .getSingleResult();
    }

    /** Per local day: date, mean intensity, max intensity. */
    List<Object[]> daily(Window w) {
        return rows(w, "select d, avg(cast(i as double precision)), max(i) from (select " + LOCAL_DAY
                + " d, l.intensity i from pain_log l where " + where(w) + ") t group by d order by d");
    }

    /** Per local hour: hour, count, mean intensity. */
    List<Object[]> hourly(Window w) {
        return rows(w, "select h, count(*), avg(cast(i as double precision)) from (select"
                + " extract(hour from (l.recorded_at at time zone :zone)) h, l.intensity i from pain_log l where "
                + where(w) + ") t group by h");
    }

    List<Object[]> triggers(Window w) {
        return top(w, "select t.trigger_code, count(*) from pain_log_trigger t join pain_log l on l.id = t.log_id"
                + " where " + where(w) + " group by t.trigger_code order by count(*) desc, t.trigger_code");
    }

    List<Object[]> locations(Window w) {
        return top(w, "select loc.region, count(*), avg(cast(coalesce(loc.intensity, l.intensity) as double precision))"
                + " from pain_log_location loc join pain_log l on l.id = loc.log_id where " + where(w)
                + " group by loc.region order by count(*) desc, loc.region");
    }

    List<Object[]> relief(Window w) {
        return rows(w, "select r.measure, count(*), avg(cast(r.helped as double precision)) from pain_log_relief r"
                + " join pain_log l on l.id = r.log_id where " + where(w)
                + " group by r.measure order by count(*) desc, r.measure");
    }

    long disruptedSleepDays(Window w) {
        return ((Number) query(w, "select count(distinct d) from (select " + LOCAL_DAY + " d from pain_log l where "
                + where(w) + " and l.sleep_disrupted = true) t").getSingleResult()).longValue();
    }

    long lowMoodDays(Window w, int atMost) {
        return ((Number) query(w, "select count(distinct d) from (select " + LOCAL_DAY + " d from pain_log l where "
                + where(w) + " and l.mood <= " + atMost + ") t").getSingleResult()).longValue();
    }

    /** Per local day of intake, medication and unit (case-insensitive): the total taken. */
    List<Object[]> medicationDays(Window w) {
        return rows(w, "select d, n, u, sum(dose) from (select " + localDay("coalesce(m.taken_at, l.recorded_at)")
                + " d, lower(m.name) n, lower(m.unit) u, m.dose dose from pain_log_medication m"
                + " join pain_log l on l.id = m.log_id where " + where(w) + ") t group by d, n, u order by d, n, u");
    }

    /**
     * The local calendar day as a yyyymmdd number. Built from EXTRACT because a CAST to DATE
     * goes through the session's time zone on H2, not the zone named in AT TIME ZONE.
     */
    private static String localDay(String instant) {
        String local = "(" + instant + " at time zone :zone)";
        return "(extract(year from " + local + ") * 10000 + extract(month from " + local + ") * 100"
                + " + extract(day from " + local + "))";
    }

    static LocalDate date(Object yyyymmdd) {
        int value = ((Number) yyyymmdd).intValue();
        return LocalDate.of(value / 10000, value / 100 % 100, value % 100);
    }

    private static String where(Window w) {
        return "l.patient_id = :patient and l.deleted_at is null and l.recorded_at >= :from and l.recorded_at < :to"
                + (w.withoutPrivate() ? " and l.is_private = false" : "");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Window w, String sql) {
        return query(w, sql).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> top(Window w, String sql) {
        return query(w, sql).setMaxResults(5).getResultList();
    }

    private Query query(Window w, String sql) {
        Query query = em.createNativeQuery(sql)
                .setParameter("patient", w.patientId())
                .setParameter("from", w.from())
                .setParameter("to", w.to());
        if (sql.contains(":zone")) {
            query.setParameter("zone", w.zone().getId());
        }
        return query;
    }
}
