package org.backcare.partnerplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanToday", description = "How to help today; each item says what produced it")
public record TodayGuidance(
        @Schema(required = true) UUID planId,
        @Schema(required = true) LocalDate date,
        @Schema(required = true) DayKind day,
        @Schema(required = true, maxItems = 50) List<Item> items) {

    public enum DayKind { SEEK_CARE, PAUSED, BAD_DAY, GOOD_DAY, NO_ENTRY_YET }

    public enum ItemKind {
        SEEK_CARE_NOW, TAKE_OVER_TASK, OFFER_HEAT_OR_MASSAGE, SHORTER_SESSION, SHARED_EXERCISE_DUE, ASK_HOW_THEY_ARE,
        CHECK_IN_DUE, MEDICATION_ABOVE_MAXIMUM, CHECK_IN_WITH_PATIENT
    }

    @Schema(name = "PlanTodayItem")
    public record Item(
            @Schema(required = true) ItemKind kind,
            @Schema(required = true, maxLength = 2000) String text,
            @Schema(required = true, maxLength = 200, examples = "pain-log:0b6f…",
                    description = "What produced it: a pain log, a screening, or a rule of the plan") String source) {
    }
}
