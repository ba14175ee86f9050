package org.backcare.exercise;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExerciseSession")
public record SessionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(required = true, maxLength = 64) String exerciseSlug,
        @Schema(required = true) Instant performedAt,
        @Schema(required = true, minimum = "1", maximum = "300") int durationMinutes,
        @Schema(required = true, minimum = "0", maximum = "10") int painBefore,
        @Schema(required = true, minimum = "0", maximum = "10") int painAfter,
        @Schema(required = true) boolean withPartner,
        @Schema(maxLength = 2000) String notes,
        @Schema(required = true) Instant createdAt) {

    /** Sessions are never changed once recorded: every one stays at its first version. */
    static final long VERSION = 1;

    static SessionView of(ExerciseSession s) {
        return new SessionView(s.id, s.patientId, s.exerciseSlug, s.performedAt, s.durationMinutes, s.painBefore,
                s.painAfter, s.withPartner, s.notes, s.createdAt);
    }
}
