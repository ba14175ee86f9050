package org.backcare.access;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The caller's standing towards one patient (the owner, or a grantee with a relationship and
 * scopes) and the one place that answers what they may see of that patient's data. Features ask
 * these questions; none of them reads scopes or relationships to decide visibility itself.
 */
public record AccessContext(UUID patientId, String subject, Relationship relationship, Set<Scope> scopes,
        Instant grantExpiresAt) {

    private static final Set<Scope> EVERY_SCOPE = Collections.unmodifiableSet(EnumSet.allOf(Scope.class));

    /**
     * Scopes kept as an enum set, whatever set they came in: a page asks about each entry, and the
     * hashing of an immutable Set.of was 2% of a sync page's CPU, against a bit test.
     */
    public AccessContext {
        scopes = scopes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    static AccessContext owner(UUID patientId, String subject) {
        return new AccessContext(patientId, subject, null, EVERY_SCOPE, null);
    }

    static AccessContext grantee(AccessGrant grant) {
        return new AccessContext(grant.patientId, grant.subject, grant.relationship, grant.scopes,
                grant.expiresAt);
    }

    /** The patient's own standing, for content computed for them when no request of theirs is at hand. */
    public static AccessContext ownerAudience(UUID patientId) {
        return owner(patientId, null);
    }

    /**
     * The narrowest standing a grantee of this patient can hold towards diary-derived content: a
     * partner's. Used to snapshot, when something is stored, the part of it a partner may later be told.
     */
    public static AccessContext partnerAudience(UUID patientId) {
        return new AccessContext(patientId, null, Relationship.PARTNER, EVERY_SCOPE, null);
    }

    public boolean isOwner() {
        return relationship == null;
    }

    public boolean isPartner() {
        return relationship == Relationship.PARTNER;
    }

    /** Diary entries at all (pain-logs:read). */
    public boolean seesPainLogs() {
        return scopes.contains(Scope.PAIN_LOGS_READ);
    }

    /** Entries marked private, and everything computed from them: the owner and clinicians, never partners. */
    public boolean seesPrivateEntries() {
        return isOwner() || relationship == Relationship.CLINICIAN;
    }

    /** One diary entry. */
    public boolean seesEntry(boolean entryIsPrivate) {
        return seesPainLogs() && (!entryIsPrivate || seesPrivateEntries());
    }

    /** Screening results of any kind (triage, flags, answers, action, ids): screenings:read. */
    public boolean seesScreenings() {
        return scopes.contains(Scope.SCREENINGS_READ);
    }

    /** One screening; one made from a private entry is private like the entry. */
    public boolean seesScreening(boolean fromPrivateEntry) {
        return seesScreenings() && (!fromPrivateEntry || seesPrivateEntries());
    }

    /** Exercise sessions (exercise-sessions:read). */
    public boolean seesSessions() {
        return scopes.contains(Scope.EXERCISE_SESSIONS_READ);
    }

    /** Outcome results (PEG, PHQ-2, GAD-2): outcomes:read. */
    public boolean seesOutcomes() {
        return scopes.contains(Scope.OUTCOMES_READ);
    }

    /** Partner plans at all: the patient's, or those naming a partner who holds plans:read. */
    public boolean seesPlans() {
        return isOwner() || (isPartner() && scopes.contains(Scope.PLANS_READ));
    }

    /** A partner plan: its patient, and the partner it names (with plans:read). */
    public boolean seesPlan(String planPartnerSubject) {
        return seesPlans() && (isOwner() || planPartnerSubject.equals(subject));
    }

    /** Medication taken against the prescribed maximum, on a plan: the patient, or a partner the patient opted in. */
    public boolean seesMedicationSupport(boolean partnerOptedIn) {
        return isOwner() || (isPartner() && partnerOptedIn);
    }

    /**
     * Names what this standing may see of diary-derived content. A sync position taken under one
     * key is not valid under another: the feed starts over, so a device drops what it may no
     * longer see and receives what it newly may.
     */
    public String syncKey() {
        return (seesPrivateEntries() ? "P" : "p") + (seesScreenings() ? "S" : "s");
    }
}
