package org.backcare.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput")
public record WebhookInput(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000, format = "uri",
                description = "https on a public address") String url,
        @NotEmpty @Size(max = 3) @Schema(required = true, maxItems = 3, uniqueItems = true)
        Set<@NotNull WebhookEventType> events,
        @NotBlank @Size(min = 32, max = 256) @Schema(required = true, minLength = 32, maxLength = 256,
                description = "Signs every delivery (HMAC-SHA256); never returned") String secret) {
}
