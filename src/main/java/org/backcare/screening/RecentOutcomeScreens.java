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

    /** The newest result of each screen completed on one of the patient's last {@code days} local days. */
    List<Screen> newest(UUID patientId, int days);

    /** What a screen asks about; the advice names the topic, never the instrument's condition. */
    enum Topic { MOOD, WORRY }

    record Screen(Topic topic, Instant completedAt, boolean positive) {
    }
}
