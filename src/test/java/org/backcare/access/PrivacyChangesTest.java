package org.backcare.access;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.partnerplan.PlanBodies;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What happens to a partner's view when the patient changes what is shared: an entry made private
 * (and the screening made from it), a grant narrowed, an open red flag the partner may not see,
 * advice drawn from private entries.
 */
@QuarkusTest
class PrivacyChangesTest {

    private String tag;
    private String ownerToken;
    private String patientId;
    private String partner;
    private String partnerToken;

    @BeforeEach
    void patientAndPartner() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        ownerToken = Api.token("owner-" + tag, "patient");
        patientId = Api.createPatient(ownerToken, "Owner " + tag);
        partner = "partner-" + tag;
        partnerToken = Api.token(partner, "partner");
    }

    private String grant(String... scopes) {
        return Api.grant(ownerToken, patientId, partner, "PARTNER", scopes).path("id");
    }

    private ExtractableResponse<Response> log(String body) {
        return as(ownerToken).body(body).post("/v1/patients/{id}/pain-logs", patientId).then().statusCode(201).extract();
    }

    private static String entry(String extra) {
        return "{\"recordedAt\":\"" + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"intensity\":5" + extra + "}";
    }

    private ExtractableResponse<Response> sync(String token, String cursor) {
        var request = as(token).queryParam("limit", 200);
        request = cursor == null ? request.queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .queryParam("includeDeleted", true) : request.queryParam("cursor", cursor);
        return request.get("/v1/patients/{id}/pain-logs", patientId).then().statusCode(200).extract();
    }

    @Test
    void anEntryMadePrivateLeavesATombstoneAndTakesItsScreeningAlong() {
        grant("pain-logs:read", "screenings:read");
        var created = log(entry(",\"symptoms\":[\"FEVER\"],\"notes\":\"shared note\""));
        String logId = created.path("id");
        String screeningId = created.path("redFlag.screeningId");
        var first = sync(partnerToken, null);
        assertEquals(List.of(logId), first.path("items.id"));
        as(partnerToken).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then().statusCode(200);

        as(ownerToken).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"private\":true}").patch("/v1/patients/{id}/pain-logs/{log}", patientId, logId)
                .then().statusCode(200);

        var after = sync(partnerToken, first.path("syncToken"));
        after.response().then().body("reset", equalTo(false)).body("items", hasSize(1))
                .body("items[0].id", equalTo(logId)).body("items[0].deleted", equalTo(true))
                .body("items[0].notes", nullValue()).body("items[0].redFlag", nullValue());
        as(partnerToken).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then().statusCode(404);
        as(partnerToken).get("/v1/patients/{id}/screenings", patientId).then().body("items", empty());
        as(partnerToken).get("/v1/patients/{id}", patientId).then().body("openScreenings", empty());

        as(ownerToken).header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body("{\"private\":false}").patch("/v1/patients/{id}/pain-logs/{log}", patientId, logId)
                .then().statusCode(200);
        sync(partnerToken, after.path("syncToken")).response().then().body("items[0].deleted", equalTo(false))
                .body("items[0].redFlag.screeningId", equalTo(screeningId));
        as(partnerToken).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then().statusCode(200);
    }

    @Test
    void anEntryPrivateFromTheStartNeverShowsEvenAsATombstone() {
        grant("pain-logs:read");
        log(entry(",\"private\":true"));
        var feed = sync(partnerToken, null);
        assertEquals(List.of(), feed.path("items"));
    }

    @Test
    void aNarrowedGrantStartsTheFeedOverWithoutWhatItNoLongerCovers() {
        String grantId = grant("pain-logs:read", "screenings:read");
        String logId = log(entry(",\"symptoms\":[\"NIGHT_PAIN\"]")).path("id");
        var first = sync(partnerToken, null);
        first.response().then().body("items[0].redFlag.screeningId", notNullValue());

        as(ownerToken).delete("/v1/patients/{id}/grants/{g}", patientId, grantId).then().statusCode(204);
        grant("pain-logs:read");

        var after = sync(partnerToken, first.path("syncToken"));
        after.response().then().body("reset", equalTo(true)).body("items.id", equalTo(List.of(logId)))
                .body("items[0].redFlag.symptoms", equalTo(List.of("NIGHT_PAIN")))
                .body("items[0].redFlag.screeningId", nullValue()).body("items[0].redFlag.triage", nullValue());
        sync(partnerToken, after.path("syncToken")).response().then().body("reset", equalTo(false))
                .body("items", empty());
    }

    @Test
    void aRedFlagThePartnerMayNotSeePausesTodayWithoutNamingIt() {
        grant("pain-logs:read", "plans:read", "plans:write");
        String planId = as(ownerToken).body(PlanBodies.plan(partner)).post("/v1/patients/{id}/partner-plans", patientId)
                .then().statusCode(201).extract().path("id");
        var created = log(entry(",\"symptoms\":[\"SADDLE_NUMBNESS\"],\"private\":true"));
        String screeningId = created.path("redFlag.screeningId");

        String body = as(partnerToken).get("/v1/partner-plans/{plan}/today", planId).then().statusCode(200)
                .body("day", equalTo("PAUSED")).body("items", hasSize(1))
                .body("items[0].kind", equalTo("CHECK_IN_WITH_PATIENT")).extract().asString();
        for (String hidden : List.of(screeningId, (String) created.path("id"), "EMERGENCY", "URGENT", "screening")) {
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(hidden)));
        }
        as(ownerToken).get("/v1/partner-plans/{plan}/today", planId).then().statusCode(200)
                .body("day", equalTo("SEEK_CARE")).body("items[0].source", equalTo("screening:" + screeningId));
    }

    @Test
    void aPartnerReadsAdviceDrawnOnlyFromEntriesSharedWithThem() {
        grant("pain-logs:read", "screenings:read");
        for (int day = 1; day <= 3; day++) {
            as(ownerToken).body("{\"recordedAt\":\"" + Instant.now().minus(day, ChronoUnit.DAYS)
                    .truncatedTo(ChronoUnit.SECONDS) + "\",\"intensity\":5,\"mood\":1,\"private\":true}")
                    .post("/v1/patients/{id}/pain-logs", patientId).then().statusCode(201);
        }
        String screeningId = as(ownerToken).body("{\"answers\":{\"NIGHT_PAIN\":true}}")
                .post("/v1/patients/{id}/screenings", patientId).then().statusCode(201)
                .body("result.advice.code", equalTo(List.of("LOW_MOOD"))).extract().path("id");
        as(partnerToken).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then().statusCode(200)
                .body("result.advice", empty()).body("result.triage", equalTo("SOON"));
    }

    @Test
    void aWebhookOwnerWithAPartnerGrantHearsNothingOfPrivateEntries() {
        String clinicAsPartner = "clinic-partner-" + tag;
        Api.grant(ownerToken, patientId, clinicAsPartner, "PARTNER", "screenings:read");
        String clinicToken = Api.token(clinicAsPartner, "clinician");
        String webhookId = as(clinicToken).body("{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"screening.emergency\","
                + "\"screening.urgent\"]}").post("/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        log(entry(",\"symptoms\":[\"SADDLE_NUMBNESS\"],\"private\":true"));
        String shared = log(entry(",\"symptoms\":[\"FEVER\"]")).path("redFlag.screeningId");
        List<Map<String, Object>> deliveries = as(clinicToken).get("/v1/webhooks/{h}/deliveries", webhookId)
                .then().statusCode(200).extract().path("items");
        assertEquals(List.of(shared), deliveries.stream().map(d -> d.get("screeningId")).toList());
    }
}
