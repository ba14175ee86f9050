package org.backcare.exercise;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SessionInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Schema(required = true)
        String exerciseSlug,
        @NotNull @Schema(required = true) OffsetDateTime performedAt,
        @NotNull @Min(1) @Max(300) @Schema(required = true) Integer durationMinutes,
        @NotNull @Min(0) @Max(10) @Schema(required = true) Integer painBefore,
        @NotNull @Min(0) @Max(10) @Schema(required = true) Integer painAfter,
        @NotNull @Schema(required = true) Boolean withPartner,
        @Size(max = 2000) String notes) {
}
