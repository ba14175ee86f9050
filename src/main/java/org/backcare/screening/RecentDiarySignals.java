package org.backcare.screening;

import java.util.UUID;

/**
 * What the advisory checks need from the diary, implemented by the diary so that screening
 * does not reach into its tables.
 */
public interface RecentDiarySignals {

    /** Counts over the patient's last {@code days} local days, partners' visibility not applied. */
    Signals recent(UUID patientId, int days);

    record Signals(int disruptedSleepNights, int lowMoodDays, int daysAboveMedicationMaximum) {
    }
}
