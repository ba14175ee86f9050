package org.backcare.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.ApiException;
import org.backcare.common.Bounded;

/** A patient's exercise sessions in a time span, oldest first, with the exercise names; for exports. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionHistory {

    private final ExerciseCatalog catalog;

    SessionHistory(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The sessions {@code viewer} may see; none when they may not see sessions at all.
     *
     * @throws ApiException when the span holds more than {@code max} sessions
     */
    public List<SessionView> between(UUID patientId, Instant from, Instant to, AccessContext viewer, int max) {
        if (!viewer.seesSessions()) {
            return List.of();
        }
        return Bounded.atMost(ExerciseSession.<ExerciseSession>find(
                "patientId = ?1 and performedAt >= ?2 and performedAt < ?3 order by performedAt, id", patientId, from, to),
                max, "sessions").stream().map(SessionView::of).toList();
    }

    /**
     * The name of an exercise: from the catalog while it is live, from its stored row once retired
     * (the catalog holds live entries only), the slug if it is gone.
     */
    public String exerciseName(String slug) {
        return catalog.recent().find(slug).map(entry -> entry.exercise().name())
                .or(() -> ExerciseRow.<ExerciseRow>findByIdOptional(slug).map(row -> catalog.read(row.document).name()))
                .orElse(slug);
    }
}
