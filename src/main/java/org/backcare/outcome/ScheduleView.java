package org.backcare.outcome;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeSchedule")
public record ScheduleView(@Schema(required = true, maxItems = 20) List<Entry> items) {

    @Schema(name = "OutcomeScheduleEntry")
    public record Entry(
            @Schema(required = true, maxLength = 20) String instrument,
            @Schema(minimum = "1", maximum = "365", description = "Days between completions; absent when turned off")
            Integer everyDays,
            @Schema(required = true, description = "The instrument's default, not set by the patient")
            boolean isDefault) {
    }
}
