package org.backcare.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Invitation", description = "The code is present only in the response that created the invitation; only its hash is stored")
public record InvitationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(pattern = "^[0-9A-Z]{5}-[0-9A-Z]{5}$", maxLength = 11) String code,
        @Schema(required = true) Relationship relationship,
        @Schema(required = true, maxItems = Scope.COUNT, uniqueItems = true) Set<Scope> scopes,
        Instant grantExpiresAt,
        @Schema(required = true) Instant expiresAt,
        @Schema(description = "When the invitee accepted it; absent while pending") Instant acceptedAt,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                description = "Sent as the ETag") long version) {
}
