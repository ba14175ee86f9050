package org.backcare.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcare.painlog.PainLocation;
import org.backcare.painlog.PainLogView;
import org.backcare.painlog.PainQuality;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * A pain log as Observations: one for the entry (LOINC 72514-3, the 0–10 rating), with its body
 * site when it names one region. FHIR R4 gives an Observation a single body site, so an entry
 * naming several regions links one member Observation per region (that region's own rating, or
 * the entry's). Pain qualities with a SNOMED CT code are components; the rest, and triggers, are
 * in the note. Private entries are labelled restricted.
 */
final class PainLogObservations {

    private PainLogObservations() {
    }

    static List<Observation> of(PainLogView log, Reference patient) {
        Observation entry = base(log.id(), log, patient, log.intensity());
        entry.addIdentifier(new Identifier().setSystem(Codes.ID_SYSTEM + "/pain-log").setValue(log.id().toString()));
        List<Observation> all = new ArrayList<>();
        all.add(entry);
        List<PainLocation> locations = log.locations() == null ? List.of() : log.locations();
        if (locations.size() == 1) {
            site(entry, locations.get(0));
        } else {
            for (PainLocation location : locations) {
                UUID memberId = UUID.nameUUIDFromBytes((log.id() + "/" + location.region()).getBytes());
                Observation member = base(memberId, log,
                        patient, location.intensity() != null ? location.intensity() : log.intensity());
                site(member, location);
                entry.addHasMember(Bundles.reference(memberId, "Observation"));
                all.add(member);
            }
        }
        if (log.qualities() != null) {
            log.qualities().stream().sorted().forEach(quality -> {
                CodeableConcept code = Codes.quality(quality);
                if (code != null) {
                    entry.addComponent().setCode(code).setValue(new BooleanType(true));
                }
            });
        }
        String note = note(log);
        if (!note.isBlank()) {
            entry.addNote().setText(note);
        }
        return all;
    }

    private static Observation base(UUID id, PainLogView log, Reference patient, Integer intensity) {
        Observation observation = new Observation();
        observation.setId(id.toString());
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(Codes.survey());
        observation.setCode(Codes.painSeverity());
        observation.setSubject(patient.copy());
        observation.setEffective(new DateTimeType(Date.from(log.recordedAt())));
        observation.setIssued(Date.from(log.updatedAt()));
        observation.setValue(new IntegerType(intensity));
        if (Boolean.TRUE.equals(log.isPrivate())) {
            observation.getMeta().addSecurity(Codes.CONFIDENTIALITY, "R", "restricted");
        }
        return observation;
    }

    private static void site(Observation observation, PainLocation location) {
        observation.setBodySite(Codes.bodySite(location.region()));
        CodeableConcept side = Codes.laterality(location.region());
        if (side != null) {
            observation.addComponent().setCode(Codes.lateralityAttribute()).setValue(side);
        }
    }

    private static String note(PainLogView log) {
        List<String> parts = new ArrayList<>();
        if (log.qualities() != null) {
            String uncoded = log.qualities().stream().filter(q -> Codes.quality(q) == null).sorted()
                    .map(PainQuality::name).map(Codes::label).collect(Collectors.joining(", "));
            if (!uncoded.isEmpty()) {
                parts.add("Also described as: " + uncoded.toLowerCase(java.util.Locale.ROOT) + ".");
            }
        }
        if (log.triggers() != null && !log.triggers().isEmpty()) {
            parts.add("Triggers: " + log.triggers().stream().sorted().map(t -> Codes.label(t.name()))
                    .collect(Collectors.joining(", ")).toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (log.notes() != null && !log.notes().isBlank()) {
            parts.add("Patient's note: " + log.notes());
        }
        return String.join(" ", parts);
    }
}
