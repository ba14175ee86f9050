package org.backcare.painlog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something tried for relief, and how much it helped (0 not at all, 10 completely). */
public record Relief(
        @NotNull @Schema(required = true) ReliefMeasure measure,
        @Min(0) @Max(10) Integer helped) {
}
