package org.backcare.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record DevTokenResponse(
        @Schema(required = true, maxLength = 8192) String accessToken,
        @Schema(required = true, maxLength = 10) String tokenType,
        @Schema(required = true, minimum = "1", maximum = "86400") long expiresIn) {
}
