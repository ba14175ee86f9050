package org.backcare.painlog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.screening.SymptomCode;

/**
 * What an entry says, as stored: one JSON document, in the form the API shows it (the fields of
 * {@link PainLogView} that do not change between versions), normalized once when written.
 */
record PainLogBody(
        UUID id,
        UUID patientId,
        Instant recordedAt,
        Integer intensity,
        List<PainLocation> locations,
        Set<PainQuality> qualities,
        PainPattern pattern,
        Boolean radiatesToLeg,
        Set<Trigger> triggers,
        Integer interference,
        Integer mood,
        Integer stress,
        Sleep sleep,
        List<MedicationTaken> medications,
        List<Relief> reliefMeasures,
        Set<SymptomCode> symptoms,
        String notes,
        @JsonProperty("private") Boolean isPrivate,
        Instant createdAt) {

    PainLogBody {
        locations = locations == null ? List.of() : List.copyOf(locations);
        qualities = enumSet(qualities, PainQuality.class);
        triggers = enumSet(triggers, Trigger.class);
        medications = medications == null ? List.of() : List.copyOf(medications);
        reliefMeasures = reliefMeasures == null ? List.of() : List.copyOf(reliefMeasures);
        symptoms = enumSet(symptoms, SymptomCode.class);
    }

    /** The entry a client sent, in stored form. */
    static PainLogBody of(UUID id, UUID patientId, PainLogInput input, Instant createdAt) {
        Sleep sleep = input.sleep() == null || (input.sleep().hours() == null && input.sleep().disrupted() == null)
                ? null : new Sleep(plain(input.sleep().hours()), input.sleep().disrupted());
        return new PainLogBody(id, patientId, input.recordedAt().toInstant(), input.intensity(), input.locations(),
                input.qualities(), input.pattern(), input.radiatesToLeg(), input.triggers(), input.interference(),
                input.mood(), input.stress(), sleep,
                input.medications() == null ? null : input.medications().stream().map(m -> new MedicationTaken(
                        m.name().strip(), plain(m.dose()), m.unit().strip(),
                        m.takenAt() == null ? null : m.takenAt().withOffsetSameInstant(ZoneOffset.UTC))).toList(),
                input.reliefMeasures(), input.symptoms(), input.notes(), Boolean.TRUE.equals(input.isPrivate()),
                createdAt);
    }

    /** What a merge patch or a replacement is applied to. */
    PainLogInput input() {
        return new PainLogInput(null, recordedAt.atOffset(ZoneOffset.UTC), intensity, locations, qualities, pattern,
                radiatesToLeg, triggers, interference, mood, stress, sleep, medications, reliefMeasures, symptoms, notes,
                isPrivate);
    }

    /** The day-to-day moment of a dose: when it was taken, or else when the entry was recorded. */
    Instant takenAt(MedicationTaken dose) {
        return dose.takenAt() == null ? recordedAt : dose.takenAt().toInstant();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
