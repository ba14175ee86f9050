package org.backcare.screening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ROUTINE-level prompt beside the red flags, drawn from the person's recent diary. */
@Schema(name = "Advice")
public record Advice(
        @Schema(required = true, maxLength = 60) String code,
        @Schema(required = true, maxLength = 1000) String message) {
}
