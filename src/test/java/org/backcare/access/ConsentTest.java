package org.backcare.access;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.backcare.support.Api;
import org.backcare.support.Grants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentTest {

    @Inject
    Grants grants;

    private String tag;
    private String ownerToken;
    private String patientId;

    @BeforeEach
    void patient() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        ownerToken = Api.token("owner-" + tag, "patient");
        patientId = Api.createPatient(ownerToken, "Owner");
    }

    @Test
    void grantIsListedAndShownToTheGrantee() {
        String partner = "partner-" + tag;
        Api.grant(ownerToken, patientId, partner, "PARTNER", "plans:read", "pain-logs:read");
        as(ownerToken).get("/v1/patients/{id}/grants", patientId).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].subject", equalTo(partner))
                // In declaration order, whatever order they were sent in: the same on every replica.
                .body("items[0].scopes", contains("pain-logs:read", "plans:read"));
        as(Api.token(partner, "partner")).get("/v1/me").then().statusCode(200)
                .body("grantedPatients[0].patientId", equalTo(patientId))
                .body("grantedPatients[0].relationship", equalTo("PARTNER"));
        as(Api.token(partner, "partner")).get("/v1/patients").then().statusCode(200)
                .body("items.id", contains(patientId));
    }

    @Test
    void theGranteesListsHoldEachLiveGrantOnceAndNoLapsedOne() {
        String partner = "partner-" + tag;
        String lapsedOwner = Api.token("lapsed-" + tag, "patient");
        String lapsedPatient = Api.createPatient(lapsedOwner, "Lapsed");
        grants.expire(Api.grant(lapsedOwner, lapsedPatient, partner, "PARTNER", "plans:read").path("id"));
        String secondOwner = Api.token("second-" + tag, "patient");
        String secondPatient = Api.createPatient(secondOwner, "Second");
        // Live until a time to come: read as live, and shown with its end.
        String secondEnds = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        as(secondOwner).body("{\"subject\":\"" + partner + "\",\"relationship\":\"CLINICIAN\","
                + "\"scopes\":[\"pain-logs:read\",\"screenings:read\"],\"expiresAt\":\"" + secondEnds + "\"}")
                .post("/v1/patients/{id}/grants", secondPatient).then().statusCode(201);
        Api.grant(ownerToken, patientId, partner, "PARTNER", "plans:read");
        String partnerToken = Api.token(partner, "partner");

        Set<String> paged = new HashSet<>();
        String cursor = null;
        do {
            var page = as(partnerToken).queryParam("limit", 1).queryParams(cursor == null ? Map.of()
                    : Map.of("cursor", cursor)).get("/v1/patients").then().statusCode(200)
                    .body("items", hasSize(1)).extract();
            assertTrue(paged.add(page.path("items[0].id")), "listed twice");
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(Set.of(patientId, secondPatient), paged);

        as(partnerToken).get("/v1/me").then().statusCode(200)
                .body("grantedPatients.patientId", containsInAnyOrder(patientId, secondPatient))
                .body("grantedPatients.find { it.patientId == '" + secondPatient + "' }.relationship", equalTo("CLINICIAN"))
                .body("grantedPatients.find { it.patientId == '" + secondPatient + "' }.scopes",
                        containsInAnyOrder("pain-logs:read", "screenings:read"))
                .body("grantedPatients.find { it.patientId == '" + secondPatient + "' }.expiresAt", equalTo(secondEnds))
                .body("grantedPatients.find { it.patientId == '" + patientId + "' }.expiresAt", nullValue())
                .body("moreGrantedPatients", equalTo(false));
    }

    @Test
    void aLiveGrantCannotBeSilentlyReplaced() {
        String partner = "partner-" + tag;
        Api.grant(ownerToken, patientId, partner, "PARTNER", "plans:read");
        as(ownerToken).body("{\"subject\":\"" + partner + "\",\"relationship\":\"PARTNER\",\"scopes\":[\"plans:write\"]}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(409);
    }

    @Test
    void grantInputIsValidated() {
        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{\"subject\":\"x\",\"relationship\":\"FRIEND\",\"scopes\":[\"plans:read\"]}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(400)
                .body("violations[0].field", equalTo("relationship"));
        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{\"subject\":\"x\",\"relationship\":\"PARTNER\",\"scopes\":[\"everything\"]}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(400)
                .body("violations[0].field", equalTo("scopes[0]"));
        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{\"subject\":\"x\",\"relationship\":\"PARTNER\",\"scopes\":[]}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(400)
                .body("violations[0].field", equalTo("scopes"));
        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{\"subject\":\"x\",\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"],\"expiresAt\":\""
                        + OffsetDateTime.now().minusDays(1) + "\"}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(400)
                .body("violations[0].field", equalTo("expiresAt"));
        as(ownerToken).body("{\"subject\":\"owner-" + tag + "\",\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(400)
                .body("violations[0].field", equalTo("subject"));
    }

    @Test
    void revocationTakesEffectOnTheNextRequest() {
        String partner = "partner-" + tag;
        String partnerToken = Api.token(partner, "partner");
        String grantId = Api.grant(ownerToken, patientId, partner, "PARTNER", "plans:read").path("id");
        as(partnerToken).get("/v1/patients/{id}", patientId).then().statusCode(200);
        as(ownerToken).delete("/v1/patients/{id}/grants/{g}", patientId, grantId).then().statusCode(204);
        as(partnerToken).get("/v1/patients/{id}", patientId).then().statusCode(404);
        as(ownerToken).delete("/v1/patients/{id}/grants/{g}", patientId, grantId).then().statusCode(404);
    }

    @Test
    void invitationCodeIsSingleUse() {
        var invitation = as(ownerToken)
                .body("{\"relationship\":\"CLINICIAN\",\"scopes\":[\"outcomes:read\",\"pain-logs:read\"]}")
                .post("/v1/patients/{id}/invitations", patientId).then().statusCode(201)
                .body("code", matchesPattern("[0-9A-Z]{5}-[0-9A-Z]{5}"))
                .body("scopes", contains("pain-logs:read", "outcomes:read"))
                .body("expiresAt", notNullValue())
                .extract();
        String code = invitation.path("code");
        String clinician = "clinician-" + tag;
        var accepted = as(Api.token(clinician, "clinician")).body("{\"code\":\"" + code.toLowerCase() + "\"}")
                .post("/v1/invitations/accept").then().statusCode(201)
                .body("subject", equalTo(clinician))
                .body("relationship", equalTo("CLINICIAN"))
                .body("scopes", contains("pain-logs:read", "outcomes:read"))
                .extract();
        org.hamcrest.MatcherAssert.assertThat(accepted.header("Location"), endsWith(accepted.path("id").toString()));
        as(Api.token(clinician, "clinician")).get("/v1/patients/{id}", patientId).then().statusCode(200);

        as(Api.token("other-" + tag, "clinician")).body("{\"code\":\"" + code + "\"}")
                .post("/v1/invitations/accept").then().statusCode(404);
        as(ownerToken).get("/v1/patients/{id}/invitations/{i}", patientId, invitation.path("id").toString())
                .then().statusCode(200)
                .body("code", nullValue())
                .body("acceptedAt", notNullValue());
    }

    @Test
    void invitationNeedsTheMatchingRoleAndCanBeWithdrawn() {
        var invitation = as(ownerToken).body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                .post("/v1/patients/{id}/invitations", patientId).then().statusCode(201).extract();
        String code = invitation.path("code");
        as(Api.token("clin-" + tag, "clinician")).body("{\"code\":\"" + code + "\"}")
                .post("/v1/invitations/accept").then().statusCode(403);
        as(ownerToken).delete("/v1/patients/{id}/invitations/{i}", patientId, invitation.path("id").toString())
                .then().statusCode(204);
        as(Api.token("partner-" + tag, "partner")).body("{\"code\":\"" + code + "\"}")
                .post("/v1/invitations/accept").then().statusCode(404);
    }

    @Test
    void unknownCodeIsNotFound() {
        as(Api.token("partner-" + tag, "partner")).body("{\"code\":\"AAAAA-AAAAA\"}")
                .post("/v1/invitations/accept").then().statusCode(404);
    }

    @Test
    void codesAreNotGuessableRepeats() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            codes.add(as(ownerToken).body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                    .post("/v1/patients/{id}/invitations", patientId).then().statusCode(201)
                    .extract().path("code"));
        }
        assertEquals(20, codes.size());
    }

    @Test
    void granteeReadsAreLoggedAndOwnerReadsAreNot() {
        String partner = "partner-" + tag;
        String partnerToken = Api.token(partner, "partner");
        Api.grant(ownerToken, patientId, partner, "PARTNER", "plans:read");
        as(ownerToken).get("/v1/patients/{id}", patientId).then().statusCode(200);
        as(partnerToken).get("/v1/patients/{id}", patientId).then().statusCode(200);
        as(partnerToken).get("/v1/patients").then().statusCode(200);

        as(ownerToken).get("/v1/patients/{id}/access-log", patientId).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.actorSubject", contains(partner, partner))
                .body("items.action", contains("patient.list", "patient.read"))
                .body("items[1].path", equalTo("/v1/patients/" + patientId))
                .body("items.actorSubject", not(hasItem("owner-" + tag)));
    }

    @Test
    void accessLogPagesWithoutGapsOrRepeats() {
        String partner = "partner-" + tag;
        String partnerToken = Api.token(partner, "partner");
        Api.grant(ownerToken, patientId, partner, "PARTNER", "plans:read");
        for (int i = 0; i < 7; i++) {
            as(partnerToken).get("/v1/patients/{id}", patientId).then().statusCode(200);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(ownerToken).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/patients/{id}/access-log", patientId).then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            ids.forEach(id -> assertTrue(seen.add(id), "repeated " + id));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(3, pages);
    }
}
