package org.backcare.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeResultInput")
public record OutcomeInput(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+")
        @Schema(required = true, description = "The instrument's code: PEG, PHQ-2 or GAD-2") String instrument,
        @NotNull @Schema(required = true, description = "When the person finished answering") OffsetDateTime completedAt,
        @NotNull @Size(max = 20)
        @Schema(required = true, type = SchemaType.OBJECT, maxProperties = 20,
                additionalProperties = SchemaValues.AnswerValue.class, description = "One answer per item: the item's linkId to the value of the option "
                + "chosen. Every item must be answered.", example = "{\"P\": 6, \"E\": 7, \"G\": 4}")
        Map<String, Integer> answers) {
}
