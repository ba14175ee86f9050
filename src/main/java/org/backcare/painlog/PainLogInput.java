package org.backcare.painlog;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.screening.SymptomCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One moment of pain as the person reports it: what POST and PUT take, and what a merge patch edits. */
@Schema(name = "PainLogInput")
public record PainLogInput(
        @Schema(description = "Optional client-chosen id (offline creation); repeating the same create is safe")
        UUID id,
        @NotNull @Schema(required = true) OffsetDateTime recordedAt,
        @NotNull @Min(0) @Max(10) @Schema(required = true, description = "0–10 numeric rating scale") Integer intensity,
        @Size(max = 17) List<@NotNull @Valid PainLocation> locations,
        @Size(max = 10) @Schema(uniqueItems = true) Set<@NotNull PainQuality> qualities,
        PainPattern pattern,
        Boolean radiatesToLeg,
        @Size(max = 13) @Schema(uniqueItems = true) Set<@NotNull Trigger> triggers,
        @Min(0) @Max(10) @Schema(description = "How much pain got in the way of daily activity") Integer interference,
        @Min(0) @Max(10) Integer mood,
        @Min(0) @Max(10) Integer stress,
        @Valid Sleep sleep,
        @Size(max = 20) List<@NotNull @Valid MedicationTaken> medications,
        @Size(max = 9) List<@NotNull @Valid Relief> reliefMeasures,
        @Size(max = 23) @Schema(uniqueItems = true, description = "Red-flag question codes the person answers yes to")
        Set<@NotNull SymptomCode> symptoms,
        @Size(max = 4000) String notes,
        @JsonProperty("private") @Schema(description = "Hidden from partners (clinicians still see it)")
        Boolean isPrivate) {
}
