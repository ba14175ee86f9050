package org.backcare.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the advisory checks need from the outcome measures, implemented by them so that screening
 * does not reach into their tables. Consent is the caller's to check: advice built from these is
 * shown only to readers who may see outcome results.
 */
public interface RecentOutcomeScreens {

    /** The newest result of each screening instrument (one with a cut-off) completed at or after {@code since}. */
    List<Screen> newestSince(UUID patientId, Instant since);

    /** {@code mood}: the instrument screens for low mood (PHQ-2), so its result stands in for the diary's mood slider. */
    record Screen(String instrument, boolean mood, Instant completedAt, boolean positive) {
    }
}
