package org.backcare.exercise;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExerciseSessionSummary")
public record SessionSummary(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, maxItems = 60) List<Week> weeks,
        @Schema(required = true, maxItems = 200) List<PerExercise> exercises) {

    /** Weeks start on Monday, in the patient's time zone. */
    public record Week(
            @Schema(required = true) LocalDate weekStart,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long sessions) {
    }

    public record PerExercise(
            @Schema(required = true, maxLength = 64) String exerciseSlug,
            @Schema(required = true, minimum = "1", maximum = "9223372036854775807") long sessions,
            @Schema(required = true, minimum = "-10", maximum = "10",
                    description = "Mean of pain after minus pain before; negative means it helped")
            double meanPainChange) {
    }
}
