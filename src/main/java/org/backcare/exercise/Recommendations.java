package org.backcare.exercise;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.backcare.patient.Condition;
import org.backcare.patient.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Exercises chosen for one person, or, while a red flag is open, none and the advice to seek care. */
@Schema(name = "ExerciseRecommendations")
public record Recommendations(
        @Schema(required = true, description = "True while an EMERGENCY or URGENT screening is open") boolean blocked,
        @Schema(description = "Present when blocked and you may see the screening: what to do instead of exercising")
        SeekCare seekCare,
        @Schema(maxLength = 500, description = "Present when blocked by something you may not see: exercise is paused "
                + "for now; check in with the patient") String pausedNotice,
        @Schema(required = true) Condition condition,
        @Schema(required = true, description = "The phase used; ACUTE when the onset date is unknown") Phase phase,
        @Schema(required = true, maxItems = 200) List<Recommended> exercises) {

    static final String PAUSED = "Exercise is paused for now. Check in with the patient before doing any exercise "
            + "together.";

    static Recommendations seekCare(SeekCare seekCare, Condition condition, Phase phase) {
        return new Recommendations(true, seekCare, null, condition, phase, List.of());
    }

    static Recommendations paused(Condition condition, Phase phase) {
        return new Recommendations(true, null, PAUSED, condition, phase, List.of());
    }

    public record SeekCare(
            @Schema(required = true) UUID screeningId,
            @Schema(required = true, maxLength = 16) String triage,
            @Schema(required = true, maxLength = 2000) String action) {
    }

    public record Recommended(
            @Schema(required = true) Exercise exercise,
            @Schema(required = true, maxItems = 10, description = "Why it was chosen") List<@Size(max = 500) String> reasons,
            @Schema(required = true, maxItems = 10, description = "Cautions that apply to this person") List<@Size(max = 500) String> cautions,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807",
                    description = "Sessions of it the person has logged") long sessions,
            @Schema(minimum = "-10", maximum = "10",
                    description = "Mean pain change in those sessions; negative means it helped") Double meanPainChange) {
    }
}
