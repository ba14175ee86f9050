package org.backcare.painlog;

import java.util.Set;
import java.util.UUID;
import org.backcare.common.EnumSets;
import org.backcare.screening.SymptomCode;
import org.backcare.screening.Triage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Present when the entry reports a red-flag symptom: the app should run the screening now. */
@Schema(name = "RedFlagMarker")
public record RedFlagMarker(
        @Schema(required = true, maxItems = 23, uniqueItems = true) Set<SymptomCode> symptoms,
        @Schema(required = true, maxLength = 500) String advice,
        @Schema(required = true, maxLength = 200, examples = "/v1/screening/questionnaire") String questionnaire,
        @Schema(description = "The screening these symptoms were scored in (owner and screenings:read only)")
        UUID screeningId,
        @Schema(description = "Its triage (owner and screenings:read only)") Triage triage) {

    static RedFlagMarker of(Set<SymptomCode> symptoms, UUID screeningId, Triage triage) {
        if (symptoms == null || symptoms.isEmpty()) {
            return null;
        }
        return new RedFlagMarker(EnumSets.inDeclarationOrder(symptoms, SymptomCode.class),
                "This entry reports a possible red-flag symptom. Answer the full red-flag screening now"
                        + (triage != null && triage.isOpenUntilResolved() ? ", and follow its advice to seek care." : "."),
                "/v1/screening/questionnaire", screeningId, triage);
    }
}
