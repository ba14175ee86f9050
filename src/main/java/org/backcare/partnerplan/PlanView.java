package org.backcare.partnerplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerPlan")
public record PlanView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(required = true) PlanInput plan,
        @Schema(required = true) CheckInState checkIns,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "CheckInState")
    public record CheckInState(
            @Schema(required = true, minimum = "1", maximum = "31") int everyDays,
            Instant lastHeldAt,
            @Schema(required = true, description = "Next check-in date (patient's local day)") LocalDate nextDue,
            @Schema(required = true) boolean overdue) {
    }
}
