package org.backcare.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.backcare.common.ShownOnce;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 2000) String url,
        @Schema(required = true, maxItems = 3, uniqueItems = true) Set<WebhookEventType> events,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                description = "Sent as the ETag") long version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret, only in the answer that made it (registration or rotation; "
                + "not in an idempotent replay): keep it now, it is never shown again", maxLength = 49,
                pattern = "^whsec_[A-Za-z0-9_-]{43}$", example = "whsec_…")
        String secret,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "After a rotation: until when the replaced secret still signs deliveries, beside "
                + "the new one")
        Instant previousSecretValidUntil) implements ShownOnce {

    WebhookView withSecret(String newSecret) {
        return new WebhookView(id, url, events, createdAt, version, newSecret, previousSecretValidUntil);
    }

    @Override
    public WebhookView withoutSecrets() {
        return withSecret(null);
    }
}
