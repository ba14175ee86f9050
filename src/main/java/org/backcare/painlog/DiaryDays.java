package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backcare.common.SqlQuery;
import org.backcare.patient.TimeZoneChanged;
import org.hibernate.Session;

/**
 * Keeps each diary's day counters (pain_day, pain_day_medication) in step with its entries, in
 * the transaction of every write, so summaries read days, not entries. Writes to one diary hold
 * the patient's row lock, so a day's row is never written by two at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class DiaryDays {

    private final EntityManager em;

    DiaryDays(EntityManager em) {
        this.em = em;
    }

    /** Moves the counters from what an entry said ({@code before}) to what it says ({@code after}); null is nothing. */
    void record(UUID patientId, ZoneId zone, PainLogBody before, PainLogBody after) {
        save(patientId, new DayCounts().add(before, zone, -1).add(after, zone, 1));
    }

    /** Counts every live entry again: after the patient's time zone changed, days begin at other instants. */
    void rebuild(@Observes TimeZoneChanged change) {
        UUID patientId = change.patientId();
        ZoneId zone = change.zone();
        em.createNativeQuery("delete from pain_day where patient_id = ?1").setParameter(1, patientId).executeUpdate();
        em.createNativeQuery("delete from pain_day_medication where patient_id = ?1").setParameter(1, patientId)
                .executeUpdate();
        DayCounts all = new DayCounts();
        em.createQuery("select l.body from PainLog l where l.patientId = :patient and l.deletedAt is null", String.class)
                .setParameter("patient", patientId).getResultStream()
                .forEach(body -> all.add(PainLogDocuments.read(body), zone, 1));
        em.unwrap(Session.class).doWork(db -> DayTable.insertAll(db, patientId, all));
    }

    // In plain SQL (SqlQuery): Hibernate flushed the session before each native statement and built
    // its plan, while these tables are never written through Hibernate.
    private void save(UUID patientId, DayCounts delta) {
        delta.days.forEach((day, counts) -> {
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    changed.add(i);
                }
            }
            if (changed.isEmpty()) {
                return;
            }
            if (update(patientId, day, counts, changed) == 0) {
                insert(patientId, day, counts, changed);
            } else if (counts[DayColumns.ENTRIES] < 0) {
                keyed("delete from pain_day", List.of(), patientId, day).and("entries = 0").update();
            }
        });
        delta.doses.forEach((dose, total) -> {
            if (total.entries() == 0 && total.taken().signum() == 0) {
                return;
            }
            int updated = dose("update pain_day_medication set taken = taken + ?, entries = entries + ?",
                    List.of(total.taken(), total.entries()), patientId, dose).update();
            if (updated == 0) {
                new SqlQuery(DayTable.INSERT_DOSE, patientId, dose.day(), dose.isPrivate(), dose.name(), dose.unit(),
                        total.taken(), total.entries()).update();
            } else if (total.entries() < 0) {
                dose("delete from pain_day_medication", List.of(), patientId, dose).and("entries = 0").update();
            }
        });
    }

    private int update(UUID patientId, DayCounts.Day day, long[] counts, List<Integer> changed) {
        StringBuilder sql = new StringBuilder("update pain_day set ");
        List<Object> values = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            String column = DayColumns.NAMES.get(changed.get(i));
            sql.append(i == 0 ? "" : ", ").append(column).append(" = ").append(column).append(" + ?");
            values.add(counts[changed.get(i)]);
        }
        return keyed(sql.toString(), values, patientId, day).update();
    }

    private void insert(UUID patientId, DayCounts.Day day, long[] counts, List<Integer> changed) {
        StringBuilder columns = new StringBuilder("insert into pain_day (patient_id, local_day, is_private");
        StringBuilder marks = new StringBuilder(") values (?, ?, ?");
        List<Object> values = new ArrayList<>(List.of(patientId, day.day(), day.isPrivate()));
        for (int changedColumn : changed) {
            columns.append(", ").append(DayColumns.NAMES.get(changedColumn));
            marks.append(", ?");
            values.add(counts[changedColumn]);
        }
        new SqlQuery(columns.append(marks).append(")").toString(), values.toArray()).update();
    }

    /** {@code statement}, its {@code values} bound, for the day's row. */
    private static SqlQuery keyed(String statement, List<Object> values, UUID patientId, DayCounts.Day day) {
        return where(statement, values, patientId).and("local_day = ?", day.day()).and("is_private = ?", day.isPrivate());
    }

    /** {@code statement}, its {@code values} bound, for the dose's row. */
    private static SqlQuery dose(String statement, List<Object> values, UUID patientId, DayCounts.Dose dose) {
        return where(statement, values, patientId).and("local_day = ?", dose.day()).and("is_private = ?", dose.isPrivate())
                .and("name = ?", dose.name()).and("unit = ?", dose.unit());
    }

    private static SqlQuery where(String statement, List<Object> values, UUID patientId) {
        List<Object> all = new ArrayList<>(values);
        all.add(patientId);
        return new SqlQuery(statement + " where patient_id = ?", all.toArray());
    }
}
