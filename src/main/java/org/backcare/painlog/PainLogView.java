package org.backcare.painlog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.screening.SymptomCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored entry. A tombstone (in sync: deleted, or no longer shared with the reader) carries
 * only id, version, updatedAt and deleted.
 */
@Schema(name = "PainLog")
public record PainLogView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        Instant recordedAt,
        @Schema(minimum = "0", maximum = "10") Integer intensity,
        @Schema(maxItems = 17) List<PainLocation> locations,
        @Schema(maxItems = 10, uniqueItems = true) Set<PainQuality> qualities,
        PainPattern pattern,
        Boolean radiatesToLeg,
        @Schema(maxItems = 13, uniqueItems = true) Set<Trigger> triggers,
        @Schema(minimum = "0", maximum = "10") Integer interference,
        @Schema(minimum = "0", maximum = "10") Integer mood,
        @Schema(minimum = "0", maximum = "10") Integer stress,
        Sleep sleep,
        @Schema(maxItems = 20) List<MedicationTaken> medications,
        @Schema(maxItems = 9) List<Relief> reliefMeasures,
        @Schema(maxItems = 23, uniqueItems = true) Set<SymptomCode> symptoms,
        @Schema(maxLength = 4000) String notes,
        @JsonProperty("private") Boolean isPrivate,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807") long version,
        Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) boolean deleted,
        RedFlagMarker redFlag) {
}
