package org.backcare.webhook;

import java.time.Instant;
import java.util.UUID;
import org.backcare.screening.Triage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every delivery: what happened and where to read it, never the answers (the clinic
 * reads those with its own token, so health details neither wait in the outbox nor travel unasked).
 */
@Schema(name = "WebhookEvent", description = "The body of a webhook delivery")
public record WebhookEvent(
        @Schema(required = true, description = "The event's id: the same on every retry; de-duplicate on it "
                + "(also sent as X-Backcare-Event-Id)") UUID id,
        @Schema(required = true, enumeration = {"screening.emergency", "screening.urgent", "screening.resolved"})
        String type,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) UUID patientId,
        @Schema(required = true) UUID screeningId,
        @Schema(required = true) Triage triage,
        @Schema(required = true, maxLength = 200, format = "uri-reference",
                description = "Where to read the screening, with the clinic's own token") String screening) {
}
