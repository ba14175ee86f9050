package org.backcare.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an instrument falls due, counted in whole local days in the patient's time zone as it is
 * now: a completion belongs to the local day it happened on there, so moving zones moves it as it
 * moves the diary's days, and a week is seven calendar days whatever the clocks did in between.
 */
final class Due {

    private Due() {
    }

    static DueView.Item of(String instrument, Integer everyDays, Instant lastCompletedAt, ZoneId zone, LocalDate today) {
        if (everyDays == null) {
            return new DueView.Item(instrument, null, lastCompletedAt, null, false);
        }
        LocalDate dueOn = lastCompletedAt == null ? today
                : lastCompletedAt.atZone(zone).toLocalDate().plusDays(everyDays);
        return new DueView.Item(instrument, everyDays, lastCompletedAt, dueOn, !today.isBefore(dueOn));
    }
}
