package org.backcare.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeResult")
public record OutcomeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(required = true, maxLength = 20) String instrument,
        @Schema(required = true, minimum = "1", maximum = "1000") int instrumentVersion,
        @Schema(required = true) Instant completedAt,
        @Schema(required = true, type = SchemaType.OBJECT, maxProperties = 20,
                additionalProperties = SchemaValues.AnswerValue.class, description = "The answers given, by item linkId") Map<String, Integer> answers,
        @Schema(required = true, minimum = "0", maximum = "100", description = "Scored by the server as the "
                + "instrument's scoring says (PEG: mean to two decimals; PHQ-2, GAD-2: sum)") BigDecimal score,
        @Schema(required = true, description = "At or above one of the instrument's thresholds: a positive screen. "
                + "A screen, never a diagnosis.") boolean positive,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "In a list only: against the first result of this instrument in the window")
        Change change) {

    /** Results are never changed once stored: every one stays at its first version. */
    static final long VERSION = 1;

    @Schema(name = "OutcomeChange")
    public record Change(
            @Schema(required = true, description = "The first result of this instrument in the window") UUID firstId,
            @Schema(required = true, minimum = "0", maximum = "100") BigDecimal firstScore,
            @Schema(required = true, minimum = "-100", maximum = "100", description = "This score minus the first")
            BigDecimal points,
            @Schema(minimum = "-100", maximum = "10000", description = "The change as a percentage of the first "
                    + "score; absent when the first was 0") BigDecimal percent,
            @Schema(description = "Whether the drop from the first reaches the instrument's clinically meaningful "
                    + "improvement (see the instrument's meaningfulChange); absent when it has none")
            Boolean meaningfulImprovement) {
    }

    OutcomeView withChange(Change change) {
        return new OutcomeView(id, patientId, instrument, instrumentVersion, completedAt, answers, score, positive,
                createdAt, change);
    }
}
