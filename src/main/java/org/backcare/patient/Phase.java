package org.backcare.patient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Stage of a pain episode, counted from its onset: under 4 weeks, 4 to 12 weeks, over 12 weeks. */
public enum Phase {
    ACUTE, SUBACUTE, CHRONIC;

    private static final long ACUTE_BEFORE_DAYS = 4 * 7;
    private static final long CHRONIC_AFTER_DAYS = 12 * 7;

    /** @return null when the onset is unknown. */
    public static Phase of(LocalDate onset, LocalDate today) {
        if (onset == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(onset, today);
        if (days < ACUTE_BEFORE_DAYS) {
            return ACUTE;
        }
        return days <= CHRONIC_AFTER_DAYS ? SUBACUTE : CHRONIC;
    }
}
