package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.ApiException;
import org.backcare.common.Bounded;

/** A patient's screenings in a time span, oldest first, and the questionnaires they answered; for exports. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScreeningHistory {

    private final ScreeningRecords records;
    private final ScreeningCatalog catalog;

    ScreeningHistory(ScreeningRecords records, ScreeningCatalog catalog) {
        this.records = records;
        this.catalog = catalog;
    }

    /**
     * The screenings {@code viewer} may see; none when they may not see screenings at all.
     *
     * @throws ApiException when the span holds more than {@code max} screenings
     */
    public List<ScreeningView> between(UUID patientId, Instant from, Instant to, AccessContext viewer, int max) {
        if (!viewer.seesScreenings()) {
            return List.of();
        }
        String query = "patientId = ?1 and createdAt >= ?2 and createdAt < ?3"
                + (viewer.seesPrivateEntries() ? "" : " and isPrivate = false") + " order by createdAt, id";
        return Bounded.atMost(Screening.<Screening>find(query, patientId, from, to), max, "screenings").stream()
                .map(s -> records.view(s, viewer)).toList();
    }

    /** Whether the screening was made from an entry that is private now (false when it no longer exists). */
    public boolean isPrivate(UUID screeningId) {
        return Screening.<Screening>findByIdOptional(screeningId).map(s -> s.isPrivate).orElse(false);
    }

    public Questionnaire questionnaire(int version) {
        return catalog.version(version).questionnaire();
    }

    public Questionnaire currentQuestionnaire() {
        return questionnaire(catalog.currentVersion());
    }
}
