package org.backcare.painlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.backcare.access.AccessContext;
import org.backcare.screening.SymptomCode;

/** Between entries and their records; also the canonical form that idempotent creates compare. */
@ApplicationScoped
class PainLogMapper {

    private final ObjectMapper canonical;

    PainLogMapper(ObjectMapper mapper) {
        this.canonical = mapper.copy()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    void apply(PainLogInput input, PainLog log) {
        log.recordedAt = input.recordedAt().toInstant();
        log.intensity = input.intensity();
        log.locations.clear();
        each(input.locations()).forEach(l -> log.locations.add(location(l)));
        log.qualities = enumSet(input.qualities(), PainQuality.class);
        log.pattern = input.pattern();
        log.radiatesToLeg = input.radiatesToLeg();
        log.triggers = enumSet(input.triggers(), Trigger.class);
        log.interference = input.interference();
        log.mood = input.mood();
        log.stress = input.stress();
        log.sleepHours = input.sleep() == null ? null : input.sleep().hours();
        log.sleepDisrupted = input.sleep() == null ? null : input.sleep().disrupted();
        log.medications.clear();
        each(input.medications()).forEach(m -> log.medications.add(medication(m)));
        log.reliefMeasures.clear();
        each(input.reliefMeasures()).forEach(r -> log.reliefMeasures.add(relief(r)));
        log.symptoms = enumSet(input.symptoms(), SymptomCode.class);
        log.notes = input.notes();
        log.isPrivate = Boolean.TRUE.equals(input.isPrivate());
    }

    /** Drops the health content of a deleted entry; the tombstone keeps only what sync needs. */
    void erase(PainLog log) {
        log.intensity = null;
        log.redFlagScreeningId = null;
        log.redFlagTriage = null;
        log.locations.clear();
        log.qualities.clear();
        log.pattern = null;
        log.radiatesToLeg = null;
        log.triggers.clear();
        log.interference = null;
        log.mood = null;
        log.stress = null;
        log.sleepHours = null;
        log.sleepDisrupted = null;
        log.medications.clear();
        log.reliefMeasures.clear();
        log.symptoms.clear();
        log.notes = null;
    }

    PainLogInput input(PainLog log) {
        return new PainLogInput(null, log.recordedAt.atOffset(ZoneOffset.UTC), log.intensity,
                log.locations.stream().map(l -> new PainLocation(l.region, l.intensity)).toList(),
                enumSet(log.qualities, PainQuality.class), log.pattern, log.radiatesToLeg,
                enumSet(log.triggers, Trigger.class),
                log.interference, log.mood, log.stress, sleep(log),
                log.medications.stream().map(m -> new MedicationTaken(m.name, plain(m.dose), m.unit,
                        m.takenAt == null ? null : m.takenAt.atOffset(ZoneOffset.UTC))).toList(),
                log.reliefMeasures.stream().map(r -> new Relief(r.measure, r.helped)).toList(),
                enumSet(log.symptoms, SymptomCode.class), log.notes, log.isPrivate);
    }

    /**
     * The entry as {@code viewer} may see it. A deleted entry, or one they may not see (made private
     * since they synced it), is a tombstone: the id and the change, nothing of the content.
     */
    PainLogView view(PainLog log, AccessContext viewer) {
        if (log.deleted() || !viewer.seesEntry(log.isPrivate)) {
            return new PainLogView(log.id, log.patientId, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, log.version, null, log.updatedAt, true, null);
        }
        PainLogInput content = input(log);
        boolean seesScreening = viewer.seesScreening(log.isPrivate);
        return new PainLogView(log.id, log.patientId, log.recordedAt, log.intensity, content.locations(),
                content.qualities(), log.pattern, log.radiatesToLeg, content.triggers(), log.interference, log.mood,
                log.stress, content.sleep(), content.medications(), content.reliefMeasures(), content.symptoms(), log.notes,
                log.isPrivate, log.version, log.createdAt, log.updatedAt, false,
                RedFlagMarker.of(log.symptoms, seesScreening ? log.redFlagScreeningId : null,
                        seesScreening ? log.redFlagTriage : null));
    }

    /** SHA-256 of the entry's content in canonical form: same content, however it was written, same hash. */
    String contentHash(PainLog log) {
        try {
            byte[] json = canonical.writeValueAsBytes(input(log));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a pain log", e);
        }
    }

    private static Sleep sleep(PainLog log) {
        if (log.sleepHours == null && log.sleepDisrupted == null) {
            return null;
        }
        return new Sleep(plain(log.sleepHours), log.sleepDisrupted);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static <T> List<T> each(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    private static PainLogParts.Location location(PainLocation input) {
        PainLogParts.Location location = new PainLogParts.Location();
        location.region = input.region();
        location.intensity = input.intensity();
        return location;
    }

    private static PainLogParts.Medication medication(MedicationTaken input) {
        PainLogParts.Medication medication = new PainLogParts.Medication();
        medication.name = input.name().strip();
        medication.dose = input.dose();
        medication.unit = input.unit().strip();
        medication.takenAt = input.takenAt() == null ? null : input.takenAt().toInstant();
        return medication;
    }

    private static PainLogParts.ReliefUse relief(Relief input) {
        PainLogParts.ReliefUse relief = new PainLogParts.ReliefUse();
        relief.measure = input.measure();
        relief.helped = input.helped();
        return relief;
    }
}
