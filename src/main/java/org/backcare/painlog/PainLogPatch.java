package org.backcare.painlog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.backcare.screening.SymptomCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: a merge patch on an entry. Fields are optional, {@code null} clears one,
 * and the merged entry must pass every check a full write passes.
 */
@Schema(name = "PainLogPatch", additionalProperties = Schema.False.class)
record PainLogPatch(
        @Schema(nullable = true) OffsetDateTime recordedAt,
        @Schema(minimum = "0", maximum = "10", nullable = true) Integer intensity,
        @Schema(maxItems = 17, nullable = true) List<PainLocation> locations,
        @Schema(maxItems = 10, uniqueItems = true, nullable = true) Set<PainQuality> qualities,
        @Schema(nullable = true) PainPattern pattern,
        @Schema(nullable = true) Boolean radiatesToLeg,
        @Schema(maxItems = 13, uniqueItems = true, nullable = true) Set<Trigger> triggers,
        @Schema(minimum = "0", maximum = "10", nullable = true) Integer interference,
        @Schema(minimum = "0", maximum = "10", nullable = true) Integer mood,
        @Schema(minimum = "0", maximum = "10", nullable = true) Integer stress,
        @Schema(nullable = true) Sleep sleep,
        @Schema(maxItems = 20, nullable = true) List<MedicationTaken> medications,
        @Schema(maxItems = 9, nullable = true) List<Relief> reliefMeasures,
        @Schema(maxItems = 23, uniqueItems = true, nullable = true) Set<SymptomCode> symptoms,
        @Schema(maxLength = 4000, nullable = true) String notes,
        @JsonProperty("private") @Schema(nullable = true) Boolean isPrivate) {
}
