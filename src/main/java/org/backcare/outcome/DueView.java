package org.backcare.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomesDue")
public record DueView(
        @Schema(required = true, description = "Today in the patient's time zone") LocalDate today,
        @Schema(required = true, maxLength = 64) String timeZone,
        @Schema(required = true, maxItems = 20) List<Item> items) {

    @Schema(name = "OutcomeDue")
    public record Item(
            @Schema(required = true, maxLength = 20) String instrument,
            @Schema(minimum = "1", maximum = "365", description = "Days between completions; absent when turned off")
            Integer everyDays,
            @Schema(description = "The latest completion; absent when never completed") Instant lastCompletedAt,
            @Schema(description = "The local day it falls due: the local day of the latest completion plus everyDays, "
                    + "or today when never completed; in the past when overdue; absent when turned off")
            LocalDate dueOn,
            @Schema(required = true, description = "Due today or overdue") boolean due) {
    }
}
