package org.backcare.partnerplan;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanCheckIn")
public record CheckInView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID planId,
        @Schema(required = true, maxLength = 255) String recordedBy,
        @Schema(required = true) Instant heldAt,
        @Schema(maxLength = 2000) String whatIsWorking,
        @Schema(maxLength = 2000) String whatToChange,
        @Schema(minimum = "0", maximum = "10") Integer patientRating,
        @Schema(minimum = "0", maximum = "10") Integer partnerRating,
        @Schema(maxLength = 2000) String changesAgreed,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                description = "Sent as the ETag; name it in If-Match to edit")
        long version) {

    static CheckInView of(PlanCheckIn c) {
        return new CheckInView(c.id, c.planId, c.recordedBy, c.heldAt, c.whatIsWorking, c.whatToChange,
                c.patientRating, c.partnerRating, c.changesAgreed, c.version);
    }

    CheckInInput input() {
        return new CheckInInput(heldAt.atOffset(java.time.ZoneOffset.UTC), whatIsWorking, whatToChange, patientRating,
                partnerRating, changesAgreed);
    }
}
