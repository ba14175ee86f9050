package org.backcare.partnerplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CheckInInput(
        @PastOrPresent @Schema(description = "When it was held; defaults to now") OffsetDateTime heldAt,
        @Size(max = 2000) String whatIsWorking,
        @Size(max = 2000) String whatToChange,
        @Min(0) @Max(10) @Schema(description = "The patient's rating of how things are going, 0–10") Integer patientRating,
        @Min(0) @Max(10) @Schema(description = "The partner's rating, 0–10") Integer partnerRating,
        @Size(max = 2000) String changesAgreed) {
}
