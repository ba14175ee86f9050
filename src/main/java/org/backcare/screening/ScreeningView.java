package org.backcare.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Screening")
public record ScreeningView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Source source,
        @Schema(description = "The pain log whose symptoms started this screening") UUID painLogId,
        @JsonProperty("private")
        @Schema(required = true, description = "Made from a private diary entry: shown to the patient and clinicians only")
        boolean isPrivate,
        @Schema(required = true, type = SchemaType.OBJECT, additionalProperties = Schema.True.class, maxProperties = 64,
                description = "The answers scored, including age and duration taken from the profile")
        Map<String, JsonNode> answers,
        @Schema(required = true) ScreeningResult result,
        @Schema(required = true, description = "EMERGENCY or URGENT, and the patient has not yet recorded seeking care")
        boolean open,
        Resolution resolution,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                description = "Sent as the ETag") long version) {

    public enum Source { QUESTIONNAIRE, PAIN_LOG }

    @Schema(name = "ScreeningResolution")
    public record Resolution(
            @Schema(required = true) ResolutionInput.CareSought careSought,
            @Schema(required = true) Instant soughtAt,
            @Schema(maxLength = 2000) String note,
            @Schema(required = true) Instant recordedAt) {
    }
}
