package org.backcare.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Sent as X-Backcare-Event-Id; the same on every retry") UUID eventId,
        @Schema(required = true) WebhookEventType eventType,
        @Schema(required = true) UUID patientId,
        @Schema(description = "The screening the event is about") UUID screeningId,
        @Schema(required = true) WebhookDelivery.Status status,
        @Schema(required = true, minimum = "0", maximum = "2147483647") int attempts,
        @Schema(minimum = "100", maximum = "999", description = "HTTP status of the last attempt, if it got one")
        Integer lastStatus,
        @Schema(maxLength = 500) String lastError,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "While pending: when the next attempt is due") Instant nextAttemptAt,
        @Schema(description = "When it was delivered, failed for good or cancelled") Instant finishedAt) {
}
