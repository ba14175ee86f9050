package org.backcare.screening;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ScreeningRequest(
        @Positive @Max(1000) @Schema(description = "The questionnaire version the app showed; defaults to the current one")
        Integer questionnaireVersion,
        @NotNull @Size(max = 64)
        @Schema(required = true, type = SchemaType.OBJECT, additionalProperties = Schema.True.class, maxProperties = 64,
                description = "Question code to answer: true/false, a number, or a choice. Leave out (or null) what "
                        + "was not answered: unanswered is not 'no'.",
                examples = "{\"FEVER\": true, \"AGE\": 57}")
        Map<String, JsonNode> answers) {
}
