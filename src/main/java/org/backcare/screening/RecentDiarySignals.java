package org.backcare.screening;

import java.time.Instant;
import java.util.UUID;
import org.backcare.access.AccessContext;

/**
 * What the advisory checks need from the diary, implemented by the diary so that screening
 * does not reach into its tables.
 */
public interface RecentDiarySignals {

    /** Counts over the patient's last {@code days} local days, over the entries {@code audience} may see. */
    Signals recent(UUID patientId, int days, AccessContext audience);

    /**
     * Days with low mood among the patient's last {@code days} local days that come after the local day
     * of {@code after}, over the entries {@code audience} may see.
     */
    int lowMoodDaysAfter(UUID patientId, Instant after, int days, AccessContext audience);

    record Signals(int disruptedSleepNights, int lowMoodDays, int daysAboveMedicationMaximum) {
    }
}
