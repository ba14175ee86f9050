package org.backcare.screening;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule that fired: why it matters, in plain words, and the guideline it comes from. */
@Schema(name = "ScreeningFlag")
public record ScreeningFlag(
        @Schema(required = true, maxLength = 60) String code,
        @Schema(required = true) Triage level,
        @Schema(required = true, maxLength = 1000) String reason,
        @Schema(required = true, maxLength = 1000) String source,
        @Schema(required = true, maxItems = 30, description = "The answers that made it fire") List<@Size(max = 50) String> questions) {
}
