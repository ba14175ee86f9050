package org.backcare.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.common.DayWindow;

/** Session counts for other features (the partner plan's weekly targets), consent checked by the caller. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionStats {

    private final EntityManager em;

    SessionStats(EntityManager em) {
        this.em = em;
    }

    /** Per exercise done in [from, to): sessions and mean pain change, rounded to one decimal, by slug. */
    List<PainChange> painChanges(UUID patientId, Instant from, Instant to) {
        return em.createQuery("select new org.backcare.exercise.PainChange(s.exerciseSlug, count(s),"
                        + " avg(s.painAfter - s.painBefore)) from ExerciseSession s where s.patientId = :patient"
                        + " and s.performedAt >= :from and s.performedAt < :to group by s.exerciseSlug"
                        + " order by s.exerciseSlug", PainChange.class)
                .setParameter("patient", patientId).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(c -> new PainChange(c.exerciseSlug(), c.sessions(),
                        DayWindow.round(c.meanPainChange()))).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Long> countsSince(UUID patientId, Instant since) {
        List<Object[]> rows = em.createNativeQuery("select exercise_slug, count(*) from exercise_session"
                        + " where patient_id = ?1 and performed_at >= ?2 group by exercise_slug")
                .setParameter(1, patientId).setParameter(2, since).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
