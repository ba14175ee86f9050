package org.backcare.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The caller's standing towards one patient: the owner, or a grantee with a relationship and
 * scopes. Features use it to decide what to show (partners never see private entries).
 */
public record AccessContext(UUID patientId, String subject, Relationship relationship, Set<Scope> scopes,
        Instant grantExpiresAt) {

    static AccessContext owner(UUID patientId, String subject) {
        return new AccessContext(patientId, subject, null, Set.of(Scope.values()), null);
    }

    static AccessContext grantee(AccessGrant grant) {
        return new AccessContext(grant.patientId, grant.subject, grant.relationship, Set.copyOf(grant.scopes),
                grant.expiresAt);
    }

    public boolean isOwner() {
        return relationship == null;
    }

    public boolean isPartner() {
        return relationship == Relationship.PARTNER;
    }
}
