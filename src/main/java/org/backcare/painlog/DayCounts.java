package org.backcare.painlog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What entries add to (or, once changed or deleted, take from) the counters of the local days
 * they fall on, split by whether they are private, so a partner's totals leave private entries out.
 * Medication counts on the day it was taken, which may not be the entry's.
 */
final class DayCounts {

    record Day(LocalDate day, boolean isPrivate) {
    }

    /** One medication and unit (compared without case) on one day. */
    record Dose(LocalDate day, boolean isPrivate, String name, String unit) {
    }

    record DoseTotal(BigDecimal taken, long entries) {

        DoseTotal plus(DoseTotal other) {
            return new DoseTotal(taken.add(other.taken), entries + other.entries);
        }
    }

    final Map<Day, long[]> days = new HashMap<>();
    final Map<Dose, DoseTotal> doses = new HashMap<>();

    /** Adds (sign 1) or takes away (sign -1) one entry. */
    DayCounts add(PainLogBody entry, ZoneId zone, int sign) {
        if (entry == null) {
            return this;
        }
        ZonedDateTime local = entry.recordedAt().atZone(zone);
        long[] c = days.computeIfAbsent(new Day(local.toLocalDate(), entry.isPrivate()), d -> new long[DayColumns.COUNT]);
        int intensity = entry.intensity();
        int period = local.getHour() / 6;
        c[DayColumns.ENTRIES] += sign;
        c[DayColumns.intensity(intensity)] += sign;
        c[DayColumns.periodCount(period)] += sign;
        c[DayColumns.periodSum(period)] += (long) sign * intensity;
        if (entry.sleep() != null && Boolean.TRUE.equals(entry.sleep().disrupted())) {
            c[DayColumns.DISRUPTED] += sign;
        }
        if (entry.mood() != null && entry.mood() <= DayColumns.LOW_MOOD) {
            c[DayColumns.LOW_MOOD_ENTRIES] += sign;
        }
        entry.triggers().forEach(trigger -> c[DayColumns.trigger(trigger)] += sign);
        for (PainLocation location : entry.locations()) {
            c[DayColumns.regionCount(location.region())] += sign;
            c[DayColumns.regionSum(location.region())] += (long) sign
                    * (location.intensity() == null ? intensity : location.intensity());
        }
        for (Relief relief : entry.reliefMeasures()) {
            c[DayColumns.reliefUsed(relief.measure())] += sign;
            if (relief.helped() != null) {
                c[DayColumns.reliefRated(relief.measure())] += sign;
                c[DayColumns.reliefHelped(relief.measure())] += (long) sign * relief.helped();
            }
        }
        for (MedicationTaken dose : entry.medications()) {
            LocalDate day = LocalDate.ofInstant(entry.takenAt(dose), zone);
            Dose key = new Dose(day, entry.isPrivate(), dose.name().toLowerCase(Locale.ROOT),
                    dose.unit().toLowerCase(Locale.ROOT));
            doses.merge(key, new DoseTotal(sign < 0 ? dose.dose().negate() : dose.dose(), sign), DoseTotal::plus);
        }
        return this;
    }
}
