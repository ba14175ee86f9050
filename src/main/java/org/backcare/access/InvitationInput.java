package org.backcare.access;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InvitationInput(
        @NotNull @Schema(required = true) Relationship relationship,
        @NotEmpty @Size(max = Scope.COUNT) @Schema(required = true, uniqueItems = true) Set<@NotNull Scope> scopes,
        @Future @Schema(description = "When the resulting grant lapses; absent means until revoked")
        OffsetDateTime grantExpiresAt) {
}
