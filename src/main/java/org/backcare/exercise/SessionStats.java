package org.backcare.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Session counts for other features (the partner plan's weekly targets), consent checked by the caller. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionStats {

    private final EntityManager em;

    SessionStats(EntityManager em) {
        this.em = em;
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
