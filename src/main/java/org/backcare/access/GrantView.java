package org.backcare.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.backcare.common.EnumSets;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Grant")
public record GrantView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(required = true, maxLength = 255) String subject,
        @Schema(required = true) Relationship relationship,
        @Schema(required = true, maxItems = Scope.COUNT, uniqueItems = true) Set<Scope> scopes,
        @Schema(required = true) Instant createdAt,
        Instant expiresAt,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                description = "Sent as the ETag") long version) {

    static GrantView of(AccessGrant grant) {
        return new GrantView(grant.id, grant.patientId, grant.subject, grant.relationship,
                EnumSets.inDeclarationOrder(grant.scopes, Scope.class), grant.createdAt, grant.expiresAt, grant.version);
    }
}
