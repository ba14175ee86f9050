package org.backcare.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.backcare.common.ApiException;
import org.backcare.common.Caller;
import org.backcare.common.EnumSets;
import org.backcare.identity.Roles;

@ApplicationScoped
@Transactional
class InvitationService {

    private final PatientAccess access;
    private final GrantService grants;
    private final InvitationConfig config;
    private final Caller caller;
    private final Clock clock;

    InvitationService(PatientAccess access, GrantService grants, InvitationConfig config, Caller caller, Clock clock) {
        this.access = access;
        this.grants = grants;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    InvitationView create(UUID patientId, InvitationInput input) {
        access.owner(patientId);
        String code = InvitationCodes.generate();
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.patientId = patientId;
        invitation.codeHash = InvitationCodes.hash(code);
        invitation.relationship = input.relationship();
        invitation.scopes = EnumSet.copyOf(input.scopes());
        invitation.grantExpiresAt = input.grantExpiresAt() == null ? null : input.grantExpiresAt().toInstant();
        invitation.createdAt = clock.instant();
        invitation.expiresAt = invitation.createdAt.plus(config.ttl());
        invitation.version = 1;
        invitation.persist();
        return view(invitation, code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    InvitationView get(UUID patientId, UUID invitationId) {
        access.owner(patientId);
        return view(find(patientId, invitationId), null);
    }

    /** Withdraws an invitation that has not been accepted yet. */
    void cancel(UUID patientId, UUID invitationId) {
        access.owner(patientId);
        Invitation invitation = find(patientId, invitationId);
        if (invitation.acceptedAt != null) {
            throw ApiException.conflict("This invitation was already accepted; revoke the grant instead.");
        }
        invitation.delete();
        Invitation.flush();
    }

    private static Invitation find(UUID patientId, UUID invitationId) {
        return Invitation.<Invitation>findByIdOptional(invitationId).filter(i -> i.patientId.equals(patientId))
                .orElseThrow(() -> ApiException.notFound("No invitation " + invitationId + " for this patient."));
    }

    private static InvitationView view(Invitation invitation, String code) {
        return new InvitationView(invitation.id, invitation.patientId, code, invitation.relationship,
                EnumSets.inDeclarationOrder(invitation.scopes, Scope.class), invitation.grantExpiresAt,
                invitation.expiresAt, invitation.acceptedAt, invitation.version);
    }

    /**
     * Turns a code into a grant for the caller. The conditional update makes the code single-use
     * even when two replicas receive it at once; a failure afterwards rolls the claim back.
     */
    GrantView accept(String code) {
        String subject = caller.subject();
        Instant now = clock.instant();
        Invitation invitation = Invitation.<Invitation>find("codeHash = ?1 and acceptedAt is null and expiresAt > ?2",
                InvitationCodes.hash(code), now).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("No open invitation matches this code; it may have expired or been used."));
        String requiredRole = invitation.relationship == Relationship.PARTNER ? Roles.PARTNER : Roles.CLINICIAN;
        if (!caller.hasRole(requiredRole)) {
            throw ApiException.forbidden("This invitation is for a " + requiredRole + "; sign in with that role to accept it.");
        }
        int claimed = Invitation.update("acceptedAt = ?1, acceptedBy = ?2, version = version + 1"
                + " where id = ?3 and acceptedAt is null", now, subject, invitation.id);
        if (claimed == 0) {
            throw ApiException.notFound("No open invitation matches this code; it may have expired or been used.");
        }
        if (access.isOwnerOf(invitation.patientId)) {
            throw ApiException.conflict("You cannot accept an invitation to your own data.");
        }
        return GrantView.of(grants.insert(invitation.patientId, subject, invitation.relationship, invitation.scopes,
                invitation.grantExpiresAt));
    }
}
