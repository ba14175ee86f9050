package org.backcare.screening;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to do now and whom to see. Never a diagnosis. */
@Schema(name = "ScreeningResult")
public record ScreeningResult(
        @Schema(required = true) Triage triage,
        @Schema(required = true, description = "False while an emergency-level question is unanswered") boolean complete,
        @Schema(required = true, maxItems = 40, description = "Questions left unanswered (unanswered is not 'no')")
        List<@Size(max = 50) String> unanswered,
        @Schema(required = true, maxItems = 40) List<ScreeningFlag> flags,
        @Schema(required = true, maxLength = 2000) String action,
        @Schema(required = true, maxItems = 6) List<Provider> providers,
        @Schema(required = true, maxItems = 10) List<Advice> advice,
        @Schema(required = true, minimum = "1", maximum = "1000") int questionnaireVersion,
        @Schema(required = true, maxLength = 1000) String disclaimer) {

    ScreeningResult withAdvice(List<Advice> more) {
        return new ScreeningResult(triage, complete, unanswered, flags, action, providers, more, questionnaireVersion,
                disclaimer);
    }
}
