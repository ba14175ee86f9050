package org.backcare.access;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GrantInput(
        @NotBlank @Size(max = 255) @Pattern(regexp = "^\\S+$")
        @Schema(required = true, description = "The grantee's `sub`, as their identity provider issues it")
        String subject,
        @NotNull @Schema(required = true) Relationship relationship,
        @NotEmpty @Size(max = Scope.COUNT) @Schema(required = true, uniqueItems = true) Set<@NotNull Scope> scopes,
        @Future @Schema(description = "When the grant lapses; absent means until revoked") OffsetDateTime expiresAt) {
}
