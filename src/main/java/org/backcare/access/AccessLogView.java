package org.backcare.access;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessLogEntry", description = "One read of the patient's data by a partner or clinician")
public record AccessLogView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 255) String actorSubject,
        @Schema(required = true) Relationship relationship,
        @Schema(required = true, maxLength = 64, examples = "patient.read") String action,
        @Schema(required = true, maxLength = 512) String path,
        @Schema(required = true) Instant occurredAt) {

    static AccessLogView of(AccessLogEntry entry) {
        return new AccessLogView(entry.id, entry.actorSubject, entry.relationship, entry.action, entry.path,
                entry.occurredAt);
    }
}
