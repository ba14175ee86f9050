package org.backcare.patient;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.access.Relationship;
import org.backcare.access.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me")
public record MeView(
        @Schema(required = true, maxLength = 255) String subject,
        @Schema(required = true, maxItems = 20) List<@Size(max = 64) String> roles,
        @Schema(description = "The caller's own profile, if they created one") UUID patientId,
        @Schema(required = true, maxItems = MeView.MAX_GRANTS) List<GrantedPatient> grantedPatients,
        @Schema(required = true, description = "More grants than listed here; page through GET /v1/patients")
        boolean moreGrantedPatients) {

    static final int MAX_GRANTS = 200;

    @Schema(name = "GrantedPatient")
    public record GrantedPatient(
            @Schema(required = true) UUID patientId,
            @Schema(required = true) Relationship relationship,
            @Schema(required = true, maxItems = Scope.COUNT, uniqueItems = true) Set<Scope> scopes,
            Instant expiresAt) {
    }
}
