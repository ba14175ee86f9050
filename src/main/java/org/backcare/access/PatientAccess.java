package org.backcare.access;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcare.common.ApiException;
import org.backcare.common.Caller;

/**
 * The consent check every patient-scoped operation goes through. Strangers learn nothing (404,
 * whether or not the patient exists); grantees without the scope get 403; grantee reads are
 * written to the patient's access log in the caller's transaction, so an unlogged read never
 * returns data. Grants are read from the database on every call: revocation takes effect on
 * the next request, on every replica.
 */
@ApplicationScoped
@Transactional
public class PatientAccess {

    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;
    private final HttpServerRequest request;

    PatientAccess(Caller caller, Clock clock, EntityManager em, HttpServerRequest request) {
        this.caller = caller;
        this.clock = clock;
        this.em = em;
        this.request = request;
    }

    /** Read by the owner, or by a grantee holding {@code scope} (null: any live grant); logged for grantees. */
    public AccessContext read(UUID patientId, Scope scope, String action) {
        AccessContext access = resolve(patientId);
        if (!access.isOwner()) {
            requireScope(access, scope);
            logRead(access, action);
        }
        return access;
    }

    /** Write by the owner, or by a grantee holding {@code scope}. */
    public AccessContext write(UUID patientId, Scope scope) {
        AccessContext access = resolve(patientId);
        if (!access.isOwner()) {
            requireScope(access, scope);
        }
        return access;
    }

    /** Operations only the patient may perform (grants, invitations, erasure, the access log). */
    public AccessContext owner(UUID patientId) {
        AccessContext access = resolve(patientId);
        if (!access.isOwner()) {
            throw ApiException.forbidden("Only the patient can do this.");
        }
        return access;
    }

    /** The live grants held by the caller, ordered by patient id, after {@code afterPatientId}. */
    public List<AccessContext> grantedToCaller(UUID afterPatientId, int limit) {
        String query = afterPatientId == null
                ? "subject = ?1 and (expiresAt is null or expiresAt > ?2) order by patientId"
                : "subject = ?1 and (expiresAt is null or expiresAt > ?2) and patientId > ?3 order by patientId";
        Object[] params = afterPatientId == null
                ? new Object[] {caller.subject(), clock.instant()}
                : new Object[] {caller.subject(), clock.instant(), afterPatientId};
        return AccessGrant.<AccessGrant>find(query, params).page(0, limit).list().stream()
                .map(AccessContext::grantee).toList();
    }

    public void logRead(AccessContext access, String action) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.id = UUID.randomUUID();
        entry.patientId = access.patientId();
        entry.actorSubject = access.subject();
        entry.relationship = access.relationship();
        entry.action = action;
        String path = request.path();
        entry.path = path.length() > 512 ? path.substring(0, 512) : path;
        entry.occurredAt = clock.instant();
        entry.persist();
    }

    /** Whether {@code subject} holds a live grant with {@code scope} on the patient (for work done on its behalf). */
    public boolean liveGrantCovers(UUID patientId, String subject, Scope scope) {
        return liveGrant(patientId, subject).filter(grant -> grant.scopes().contains(scope)).isPresent();
    }

    /** The live grant {@code subject} holds on the patient, if any (for checks such as "is a partner"). */
    public Optional<AccessContext> liveGrant(UUID patientId, String subject) {
        Instant now = clock.instant();
        return AccessGrant.findFor(patientId, subject).filter(grant -> grant.activeAt(now)).map(AccessContext::grantee);
    }

    boolean isOwnerOf(UUID patientId) {
        return ownerOf(patientId).filter(caller.subject()::equals).isPresent();
    }

    private Optional<String> ownerOf(UUID patientId) {
        // Ownership lives on the patient row; read it by entity name to keep this package free of patient's types.
        return em.createQuery("select p.ownerSubject from Patient p where p.id = :id", String.class)
                .setParameter("id", patientId).getResultStream().findFirst();
    }

    private AccessContext resolve(UUID patientId) {
        String subject = caller.subject();
        String owner = ownerOf(patientId).orElseThrow(() -> notVisible(patientId));
        if (owner.equals(subject)) {
            return AccessContext.owner(patientId, subject);
        }
        Instant now = clock.instant();
        return AccessGrant.findFor(patientId, subject).filter(grant -> grant.activeAt(now))
                .map(AccessContext::grantee)
                .orElseThrow(() -> notVisible(patientId));
    }

    private static void requireScope(AccessContext access, Scope scope) {
        if (scope != null && !access.scopes().contains(scope)) {
            throw ApiException.forbidden("The patient has not granted you " + scope.value() + ".");
        }
    }

    static ApiException notVisible(UUID patientId) {
        return ApiException.notFound("No patient " + patientId + " is visible to you.");
    }
}
