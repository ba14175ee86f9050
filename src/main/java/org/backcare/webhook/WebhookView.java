package org.backcare.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 2000) String url,
        @Schema(required = true, maxItems = 3, uniqueItems = true) Set<WebhookEventType> events,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, minimum = "1", description = "Sent as the ETag") long version) {
}
