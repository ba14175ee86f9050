package org.backcare.support;

import static org.backcare.support.Api.as;

import java.util.UUID;

/**
 * One patient and everyone who might call about them: grantees of each kind, a stranger, no
 * token, a forged token. Subjects are unique per world, so worlds never see each other.
 */
public final class World {

    public static final String[] PARTNER_SCOPES = {"pain-logs:read", "screenings:read", "plans:read", "plans:write",
            "exercise-sessions:read", "outcomes:read"};
    public static final String[] CLINICIAN_SCOPES = {"pain-logs:read", "screenings:read", "exercise-sessions:read",
            "fhir:export", "outcomes:read"};

    public enum Who {
        OWNER, PARTNER_WITH_SCOPE, PARTNER_WITHOUT_SCOPE, PARTNER_EXPIRED, PARTNER_REVOKED, CLINICIAN, STRANGER,
        NO_TOKEN, TAMPERED
    }

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String ownerToken = Api.token("owner-" + tag, "patient");
    public final String patientId = Api.createPatient(ownerToken, "Owner " + tag);
    public final String partnerToken = Api.token("partner-" + tag, "partner");
    public final String narrowPartnerToken = Api.token("narrow-" + tag, "partner");
    public final String expiredPartnerToken = Api.token("expired-" + tag, "partner");
    public final String revokedPartnerToken = Api.token("revoked-" + tag, "partner");
    public final String clinicianToken = Api.token("clinician-" + tag, "clinician");
    public final String strangerToken = Api.token("stranger-" + tag, "patient");
    public final String partnerGrantId;
    public final String expiredGrantId;

    /** @param expireGrant makes a live grant lapse; how depends on what the test can reach. */
    public World(java.util.function.Consumer<String> expireGrant) {
        partnerGrantId = Api.grant(ownerToken, patientId, "partner-" + tag, "PARTNER", PARTNER_SCOPES).path("id");
        Api.grant(ownerToken, patientId, "narrow-" + tag, "PARTNER", "plans:read");
        Api.grant(ownerToken, patientId, "clinician-" + tag, "CLINICIAN", CLINICIAN_SCOPES);
        expiredGrantId = Api.grant(ownerToken, patientId, "expired-" + tag, "PARTNER", PARTNER_SCOPES).path("id");
        expireGrant.accept(expiredGrantId);
        String revokedGrantId = Api.grant(ownerToken, patientId, "revoked-" + tag, "PARTNER", PARTNER_SCOPES)
                .path("id");
        as(ownerToken).delete("/v1/patients/{id}/grants/{grant}", patientId, revokedGrantId)
                .then().statusCode(204);
    }

    /** The bearer token the caller sends, or null for no Authorization header. */
    public String tokenOf(Who who) {
        return switch (who) {
            case OWNER -> ownerToken;
            case PARTNER_WITH_SCOPE -> partnerToken;
            case PARTNER_WITHOUT_SCOPE -> narrowPartnerToken;
            case PARTNER_EXPIRED -> expiredPartnerToken;
            case PARTNER_REVOKED -> revokedPartnerToken;
            case CLINICIAN -> clinicianToken;
            case STRANGER -> strangerToken;
            case NO_TOKEN -> null;
            case TAMPERED -> Api.tampered(ownerToken);
        };
    }
}
