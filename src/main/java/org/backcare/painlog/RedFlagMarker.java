package org.backcare.painlog;

import java.util.Set;
import org.backcare.screening.SymptomCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Present when the entry reports a red-flag symptom: the app should run the screening now. */
@Schema(name = "RedFlagMarker")
public record RedFlagMarker(
        @Schema(required = true, maxItems = 23, uniqueItems = true) Set<SymptomCode> symptoms,
        @Schema(required = true, maxLength = 500) String advice,
        @Schema(required = true, maxLength = 200, examples = "/v1/screening/questionnaire") String questionnaire) {

    static RedFlagMarker forSymptoms(Set<SymptomCode> symptoms) {
        if (symptoms == null || symptoms.isEmpty()) {
            return null;
        }
        return new RedFlagMarker(Set.copyOf(symptoms),
                "This entry reports a possible red-flag symptom. Run the red-flag screening now.",
                "/v1/screening/questionnaire");
    }
}
