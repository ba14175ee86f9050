package org.backcare.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secret is not an input: the server makes it (32 random bytes) and shows it once. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @NotBlank @Size(max = TargetGuard.MAX_URL_LENGTH) @Schema(required = true, maxLength = TargetGuard.MAX_URL_LENGTH,
                format = "uri", description = "https on a globally reachable address, port 1 to 65535, no "
                + "credentials or fragment", example = "https://clinic.example.org/backcare/events") String url,
        @NotEmpty @Size(max = 3) @Schema(required = true, maxItems = 3, uniqueItems = true)
        Set<@NotNull WebhookEventType> events) {
}
