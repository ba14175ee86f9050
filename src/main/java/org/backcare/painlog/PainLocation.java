package org.backcare.painlog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where it hurts, with that region's own 0–10 rating when the person gave one. */
public record PainLocation(
        @NotNull @Schema(required = true) BodyRegion region,
        @Min(0) @Max(10) Integer intensity) {
}
