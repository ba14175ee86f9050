package org.backcare.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.ApiException;
import org.backcare.common.Bounded;

/** A patient's outcome results for other features (export, report, advice), as {@link AccessContext} allows. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutcomeHistory {

    private final InstrumentCatalog catalog;

    OutcomeHistory(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The results {@code viewer} may see in a span, oldest first; none when they may not see outcomes.
     *
     * @throws ApiException when the span holds more than {@code max} results
     */
    public List<OutcomeView> between(UUID patientId, Instant from, Instant to, AccessContext viewer, int max) {
        if (!viewer.seesOutcomes()) {
            return List.of();
        }
        return Bounded.atMost(OutcomeResult.<OutcomeResult>find(
                "patientId = ?1 and completedAt >= ?2 and completedAt < ?3 order by completedAt, id", patientId, from, to),
                max, "outcome results").stream().map(OutcomeResult::view).toList();
    }

    /** {@code current} against {@code first} of the same instrument, judged as the list of results judges it. */
    public OutcomeView.Change change(OutcomeView first, OutcomeView current) {
        return OutcomeChanges.between(instrument(current), first, current);
    }

    /** The instrument a result was made with; results are only stored for instruments of the catalog. */
    public Instrument instrument(OutcomeView result) {
        return catalog.find(result.instrument()).orElseThrow();
    }
}
