package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.common.ApiException;

/** A patient's screenings in a time span, oldest first, and the questionnaires they answered; for exports. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScreeningHistory {

    private final ScreeningService screenings;
    private final ScreeningCatalog catalog;

    ScreeningHistory(ScreeningService screenings, ScreeningCatalog catalog) {
        this.screenings = screenings;
        this.catalog = catalog;
    }

    /** @throws ApiException when the span holds more than {@code max} screenings */
    public List<ScreeningView> between(UUID patientId, Instant from, Instant to, int max) {
        List<Screening> rows = Screening.<Screening>find(
                "patientId = ?1 and createdAt >= ?2 and createdAt < ?3 order by createdAt, id", patientId, from, to)
                .page(0, max + 1).list();
        if (rows.size() > max) {
            throw ApiException.invalid("from", "the window holds more than " + max + " screenings; export a shorter one");
        }
        return rows.stream().map(screenings::view).toList();
    }

    public Questionnaire questionnaire(int version) {
        return catalog.version(version).questionnaire();
    }

    public Questionnaire currentQuestionnaire() {
        return questionnaire(catalog.currentVersion());
    }
}
