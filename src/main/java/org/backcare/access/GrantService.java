package org.backcare.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.common.ApiException;
import org.backcare.common.Keyset;
import io.quarkus.panache.common.Parameters;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

@ApplicationScoped
@Transactional
class GrantService {

    private static final Keyset ORDER = Keyset.byTime("grants", "patientId", "createdAt", false);

    private final PatientAccess access;
    private final Clock clock;

    GrantService(PatientAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    GrantView create(UUID patientId, GrantInput input) {
        AccessContext owner = access.owner(patientId);
        if (owner.subject().equals(input.subject())) {
            throw ApiException.invalid("subject", "you cannot grant access to yourself");
        }
        Instant expiresAt = input.expiresAt() == null ? null : input.expiresAt().toInstant();
        return GrantView.of(insert(patientId, input.subject(), input.relationship(), input.scopes(), expiresAt));
    }

    /**
     * Inserts a grant, replacing a lapsed one for the same subject. A live grant is a conflict:
     * changing someone's access is a revocation and a new grant, so it is never silent.
     */
    AccessGrant insert(UUID patientId, String subject, Relationship relationship, Set<Scope> scopes,
            Instant expiresAt) {
        Instant now = clock.instant();
        AccessGrant.findFor(patientId, subject).ifPresent(existing -> {
            if (existing.activeAt(now)) {
                throw ApiException.conflict(subject + " already has access; revoke it before granting anew.");
            }
            existing.delete();
            AccessGrant.flush();
        });
        AccessGrant grant = new AccessGrant();
        grant.id = UUID.randomUUID();
        grant.patientId = patientId;
        grant.subject = subject;
        grant.relationship = relationship;
        grant.scopes = EnumSet.copyOf(scopes);
        grant.createdAt = now;
        grant.expiresAt = expiresAt;
        grant.version = 1;
        grant.persist();
        // The unique (patient, subject) key decides between two grants written at once.
        AccessGrant.flush();
        return grant;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<GrantView> list(UUID patientId, PageParams page) {
        access.owner(patientId);
        return ORDER.page((q, p) -> AccessGrant.find(q, p), "patientId = :patient", Parameters.with("patient", patientId), page,
                GrantView::of, g -> List.of(g.createdAt, g.id));
    }

    /** The patient sees any of their grants; a grantee may look at their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    GrantView get(UUID patientId, UUID grantId) {
        AccessContext caller = access.read(patientId, null, "grant.read");
        return AccessGrant.<AccessGrant>findByIdOptional(grantId)
                .filter(g -> g.patientId.equals(patientId))
                .filter(g -> caller.isOwner() || g.subject.equals(caller.subject()))
                .map(GrantView::of)
                .orElseThrow(() -> ApiException.notFound("No grant " + grantId + " for this patient."));
    }

    void revoke(UUID patientId, UUID grantId) {
        access.owner(patientId);
        long deleted = AccessGrant.delete("id = ?1 and patientId = ?2", grantId, patientId);
        if (deleted == 0) {
            throw ApiException.notFound("No grant " + grantId + " for this patient.");
        }
    }
}
