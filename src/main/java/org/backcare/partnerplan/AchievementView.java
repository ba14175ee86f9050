package org.backcare.partnerplan;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanAchievement", description = "A goal reached: there are no small achievements")
public record AchievementView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID goalId,
        @Schema(required = true, maxLength = 300) String goal,
        @Schema(required = true) Instant achievedAt,
        @Schema(required = true, maxLength = 255) String recordedBy,
        @Schema(required = true, maxLength = 300) String celebration) {

    static AchievementView of(PlanAchievement a) {
        return new AchievementView(a.id, a.goalId, a.goalText, a.achievedAt, a.recordedBy,
                "Goal reached: " + a.goalText + ". Share it and celebrate together.");
    }
}
