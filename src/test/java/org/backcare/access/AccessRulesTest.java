package org.backcare.access;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Consent rules that had no test: each one tried the way a client would break it. */
@QuarkusTest
class AccessRulesTest {

    private String tag;
    private String owner;
    private String ownerToken;
    private String patientId;

    @BeforeEach
    void patient() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        owner = "rules-owner-" + tag;
        // A person may hold more than one role; being a partner elsewhere must not let them take their own invitation.
        ownerToken = Api.token(owner, "patient", "partner");
        patientId = Api.createPatient(ownerToken, "Rules " + tag);
    }

    private String invite(String relationship, String scope) {
        return as(ownerToken).body("{\"relationship\":\"" + relationship + "\",\"scopes\":[\"" + scope + "\"]}")
                .post("/v1/patients/{id}/invitations", patientId).then().statusCode(201).extract().path("code");
    }

    @Test
    void nobodyGrantsAccessToThemselves() {
        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{\"subject\":\"" + owner + "\",\"relationship\":\"PARTNER\",\"scopes\":[\"pain-logs:read\"]}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(400)
                .body("violations.field", hasItem("subject"));
        as(ownerToken).get("/v1/patients/{id}/grants", patientId).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aLapsedGrantIsReplacedByANewOneWhileALiveOneIsAConflict() throws InterruptedException {
        String partner = "rules-partner-" + tag;
        String grant = "{\"subject\":\"" + partner + "\",\"relationship\":\"PARTNER\",\"scopes\":[\"pain-logs:read\"]";
        Instant lapses = Instant.now().plusSeconds(2);
        as(ownerToken).body(grant + ",\"expiresAt\":\"" + lapses + "\"}").post("/v1/patients/{id}/grants", patientId)
                .then().statusCode(201);
        as(ownerToken).body(grant + "}").post("/v1/patients/{id}/grants", patientId).then().statusCode(409);
        String partnerToken = Api.token(partner, "partner");
        while (Instant.now().isBefore(lapses.plusMillis(200))) {
            Thread.sleep(100);
        }
        as(partnerToken).get("/v1/patients/{id}/pain-logs", patientId).then().statusCode(404);
        as(ownerToken).body(grant + "}").post("/v1/patients/{id}/grants", patientId).then().statusCode(201);
        as(partnerToken).get("/v1/patients/{id}/pain-logs", patientId).then().statusCode(200);
        as(ownerToken).get("/v1/patients/{id}/grants", patientId).then().body("items.size()", equalTo(1));
    }

    @Test
    void nobodyAcceptsAnInvitationToTheirOwnData() {
        String code = invite("PARTNER", "plans:read");
        as(ownerToken).body("{\"code\":\"" + code + "\"}").post("/v1/invitations/accept").then().statusCode(409);
        as(ownerToken).get("/v1/patients/{id}/grants", patientId).then().body("items.size()", equalTo(0));
        // The refusal rolled the claim back: the code still works for the person it was meant for.
        as(Api.token("rules-partner-" + tag, "partner")).body("{\"code\":\"" + code + "\"}")
                .post("/v1/invitations/accept").then().statusCode(201);
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() {
        String code = invite("CLINICIAN", "pain-logs:read");
        QuarkusTransaction.requiringNew().run(() -> Invitation.update("expiresAt = ?1 where patientId = ?2",
                Instant.now().minusSeconds(1), UUID.fromString(patientId)));
        as(Api.token("rules-clinic-" + tag, "clinician")).body("{\"code\":\"" + code + "\"}")
                .post("/v1/invitations/accept").then().statusCode(404);
        as(ownerToken).get("/v1/patients/{id}/grants", patientId).then().body("items.size()", equalTo(0));
    }

    @Test
    void aCodeTypedWithLookAlikeLettersSpacesAndLowerCaseIsAccepted() {
        String code = invite("CLINICIAN", "pain-logs:read");
        while (!code.matches(".*[01].*")) {   // about half of all codes hold a 0 or 1 to mistype
            code = invite("CLINICIAN", "pain-logs:read");
        }
        String typed = " " + code.toLowerCase().replace('0', 'o').replaceFirst("1", "l").replace('1', 'I')
                .replace("-", "  ") + " ";
        as(Api.token("rules-clinic-" + tag, "clinician")).body("{\"code\":\"" + typed + "\"}")
                .post("/v1/invitations/accept").then().statusCode(201);
    }
}
