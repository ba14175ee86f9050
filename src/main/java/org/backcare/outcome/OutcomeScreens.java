package org.backcare.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.screening.RecentOutcomeScreens;

/** The newest PHQ-2 and GAD-2 results for the screening advice; the screening side decides who is told. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class OutcomeScreens implements RecentOutcomeScreens {

    /** The instrument that screens for low mood, and so speaks for the diary's mood slider. */
    static final String MOOD_SCREEN = "PHQ-2";

    private final InstrumentCatalog catalog;

    OutcomeScreens(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Screen> newestSince(UUID patientId, Instant since) {
        return catalog.all().stream().filter(instrument -> !instrument.thresholds().isEmpty())
                .flatMap(instrument -> OutcomeResult.latest(patientId, instrument.code())
                        .filter(r -> !r.completedAt.isBefore(since)).stream())
                .map(r -> new Screen(r.instrument, r.instrument.equals(MOOD_SCREEN), r.completedAt, r.positive))
                .toList();
    }
}
