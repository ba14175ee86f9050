package org.backcare.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the field's JSON path (or parameter name) and what is wrong with it. */
@Schema(name = "Violation")
public record Violation(
        @Schema(required = true, maxLength = 500) String field,
        @Schema(required = true, maxLength = 1000) String message) {
}
