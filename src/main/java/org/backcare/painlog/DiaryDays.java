package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
                keyed("delete from pain_day where entries = 0 and ", patientId, day, 1).executeUpdate();
            }
        });
        delta.doses.forEach((dose, total) -> {
            if (total.entries() == 0 && total.taken().signum() == 0) {
                return;
            }
            int updated = em.createNativeQuery("update pain_day_medication set taken = taken + ?1, entries = entries + ?2"
                            + " where patient_id = ?3 and local_day = ?4 and is_private = ?5 and name = ?6 and unit = ?7")
                    .setParameter(1, total.taken()).setParameter(2, total.entries()).setParameter(3, patientId)
                    .setParameter(4, dose.day()).setParameter(5, dose.isPrivate()).setParameter(6, dose.name())
                    .setParameter(7, dose.unit()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into pain_day_medication (patient_id, local_day, is_private, name, unit, taken,"
                                + " entries) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, patientId).setParameter(2, dose.day()).setParameter(3, dose.isPrivate())
                        .setParameter(4, dose.name()).setParameter(5, dose.unit()).setParameter(6, total.taken())
                        .setParameter(7, total.entries()).executeUpdate();
            } else if (total.entries() < 0) {
                em.createNativeQuery("delete from pain_day_medication where entries = 0 and patient_id = ?1"
                                + " and local_day = ?2 and is_private = ?3 and name = ?4 and unit = ?5")
                        .setParameter(1, patientId).setParameter(2, dose.day()).setParameter(3, dose.isPrivate())
                        .setParameter(4, dose.name()).setParameter(5, dose.unit()).executeUpdate();
            }
        });
    }

    private int update(UUID patientId, DayCounts.Day day, long[] counts, List<Integer> changed) {
        StringBuilder sql = new StringBuilder("update pain_day set ");
        for (int i = 0; i < changed.size(); i++) {
            String column = DayColumns.NAMES.get(changed.get(i));
            sql.append(i == 0 ? "" : ", ").append(column).append(" = ").append(column).append(" + ?").append(i + 1);
        }
        Query update = keyed(sql.append(" where ").toString(), patientId, day, changed.size() + 1);
        for (int i = 0; i < changed.size(); i++) {
            update.setParameter(i + 1, counts[changed.get(i)]);
        }
        return update.executeUpdate();
    }

    private void insert(UUID patientId, DayCounts.Day day, long[] counts, List<Integer> changed) {
        StringBuilder columns = new StringBuilder("insert into pain_day (patient_id, local_day, is_private");
        StringBuilder values = new StringBuilder(") values (?1, ?2, ?3");
        for (int i = 0; i < changed.size(); i++) {
            columns.append(", ").append(DayColumns.NAMES.get(changed.get(i)));
            values.append(", ?").append(i + 4);
        }
        Query insert = em.createNativeQuery(columns.append(values).append(")").toString())
                .setParameter(1, patientId).setParameter(2, day.day()).setParameter(3, day.isPrivate());
        for (int i = 0; i < changed.size(); i++) {
            insert.setParameter(i + 4, counts[changed.get(i)]);
        }
        insert.executeUpdate();
    }

    /** {@code prefix} followed by the day row's key, its parameters numbered from {@code first}. */
    private Query keyed(String prefix, UUID patientId, DayCounts.Day day, int first) {
        return em.createNativeQuery(prefix + "patient_id = ?" + first + " and local_day = ?" + (first + 1)
                        + " and is_private = ?" + (first + 2))
                .setParameter(first, patientId).setParameter(first + 1, day.day()).setParameter(first + 2, day.isPrivate());
    }
}
