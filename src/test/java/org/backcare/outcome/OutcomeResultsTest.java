package org.backcare.outcome;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completed instruments stored, scored by the server, listed with their change, and refused when incomplete. */
@QuarkusTest
class OutcomeResultsTest {

    private String token;
    private String patientId;

    @BeforeEach
    void patient() {
        token = Api.token("outcomes-" + UUID.randomUUID(), "patient");
        patientId = as(token).body("{\"displayName\":\"O\",\"timeZone\":\"Europe/Amsterdam\"}").post("/v1/patients")
                .then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse post(String instrument, String at, String answers) {
        return as(token).body("{\"instrument\":\"" + instrument + "\",\"completedAt\":\"" + at + "\",\"answers\":"
                + answers + "}").post("/v1/patients/{p}/outcomes", patientId).then();
    }

    private String peg(String at, int p, int e, int g) {
        return post("PEG", at, "{\"P\":" + p + ",\"E\":" + e + ",\"G\":" + g + "}").statusCode(201).extract().path("id");
    }

    @Test
    void aCompletedPegIsStoredWithTheServersScore() {
        var created = post("PEG", "2026-11-02T08:00:00Z", "{\"G\":4,\"P\":6,\"E\":7}").statusCode(201)
                .header("ETag", "\"1\"").body("instrument", equalTo("PEG")).body("instrumentVersion", equalTo(1))
                .body("score", equalTo(5.67f)).body("positive", equalTo(false))
                .body("completedAt", equalTo("2026-11-02T08:00:00Z")).body("change", nullValue()).extract();
        String location = created.header("Location");
        assertNotNull(location);
        // Answers come back in the instrument's item order, whatever order they were sent in.
        assertEquals("{\"P\":6,\"E\":7,\"G\":4}", JsonPath.from(created.asString()).prettify().replaceAll("\\s", "")
                .replaceAll(".*\"answers\":(\\{[^}]*}).*", "$1"));
        as(token).get(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(created.path("id"))).body("score", equalTo(5.67f));
    }

    @Test
    void phq2AndGad2ArePositiveFromThreeThroughTheApi() {
        post("PHQ-2", "2026-11-02T08:00:00Z", "{\"PHQ2-1\":1,\"PHQ2-2\":1}").statusCode(201)
                .body("score", equalTo(2)).body("positive", equalTo(false));
        post("PHQ-2", "2026-11-02T09:00:00Z", "{\"PHQ2-1\":2,\"PHQ2-2\":1}").statusCode(201)
                .body("score", equalTo(3)).body("positive", equalTo(true));
        post("GAD-2", "2026-11-02T08:00:00Z", "{\"GAD2-1\":0,\"GAD2-2\":2}").statusCode(201)
                .body("positive", equalTo(false));
        post("GAD-2", "2026-11-02T09:00:00Z", "{\"GAD2-1\":3,\"GAD2-2\":3}").statusCode(201)
                .body("score", equalTo(6)).body("positive", equalTo(true));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        bad("{\"instrument\":\"PEG\",\"completedAt\":\"2026-11-02T08:00:00Z\",\"answers\":{\"P\":6,\"G\":11}}",
                "answers.E", "answers.G");
        bad("{\"instrument\":\"ODI\",\"completedAt\":\"2026-11-02T08:00:00Z\",\"answers\":{\"P\":6}}", "instrument");
        bad("{\"instrument\":\"PEG\",\"completedAt\":\"2099-11-02T08:00:00Z\",\"answers\":{\"P\":1,\"E\":1,\"G\":1}}",
                "completedAt");
        bad("{\"instrument\":\"PEG\",\"completedAt\":\"2026-11-02T08:00:00Z\"}", "answers");
        bad("{\"instrument\":\"PHQ-2\",\"completedAt\":\"2026-11-02T08:00:00Z\",\"answers\":{\"PHQ2-1\":1,"
                + "\"PHQ2-2\":null}}", "answers.PHQ2-2");
        as(token).get("/v1/patients/{p}/outcomes", patientId).then().statusCode(200).body("items", hasSize(0));
    }

    private void bad(String body, String... fields) {
        Api.raw().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/v1/patients/{p}/outcomes", patientId).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(fields[0]))
                .body("violations.field", org.hamcrest.Matchers.hasItems(fields));
    }

    @Test
    void theSameCompletionTwiceIsAConflictAndAnIdempotentRetryIsReplayed() {
        peg("2026-11-02T08:00:00Z", 1, 2, 3);
        post("PEG", "2026-11-02T08:00:00Z", "{\"P\":1,\"E\":2,\"G\":3}").statusCode(409)
                .contentType("application/problem+json");
        String key = UUID.randomUUID().toString();
        String first = as(token).header("Idempotency-Key", key).body("{\"instrument\":\"PEG\",\"completedAt\":"
                + "\"2026-11-03T08:00:00Z\",\"answers\":{\"P\":1,\"E\":2,\"G\":3}}")
                .post("/v1/patients/{p}/outcomes", patientId).then().statusCode(201).extract().path("id");
        as(token).header("Idempotency-Key", key).body("{\"instrument\":\"PEG\",\"completedAt\":"
                + "\"2026-11-03T08:00:00Z\",\"answers\":{\"P\":1,\"E\":2,\"G\":3}}")
                .post("/v1/patients/{p}/outcomes", patientId).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    @Test
    void theListIsNewestFirstInPagesWithTheChangeSinceTheFirstInTheWindow() {
        String first = peg("2026-10-05T08:00:00Z", 6, 6, 6);   // 6.00
        String small = peg("2026-10-12T08:00:00Z", 5, 5, 5);   // 5.00: -16.7%, not meaningful
        String edge = peg("2026-10-19T08:00:00Z", 3, 4, 3);    // 3.33: -44.4%, meaningful
        String worse = peg("2026-10-26T08:00:00Z", 8, 8, 8);   // 8.00: +33.3%, worse, not an improvement
        post("PHQ-2", "2026-10-20T08:00:00Z", "{\"PHQ2-1\":2,\"PHQ2-2\":2}").statusCode(201);

        as(token).queryParam("instrument", "PEG").get("/v1/patients/{p}/outcomes", patientId).then().statusCode(200)
                .body("items.id", contains(worse, edge, small, first))
                .body("items.change.firstId", contains(first, first, first, first))
                .body("items.change.points", contains(2.0f, -2.67f, -1.0f, 0.0f))
                .body("items.change.percent", contains(33.3f, -44.4f, -16.7f, 0.0f))
                .body("items.change.meaningfulImprovement", contains(false, true, false, false));

        // A window that starts later measures from its own first result: 3.33 against 5.00 is -33.3%.
        as(token).queryParam("instrument", "PEG").queryParam("from", "2026-10-12").queryParam("to", "2026-10-19")
                .get("/v1/patients/{p}/outcomes", patientId).then().statusCode(200)
                .body("items.id", contains(edge, small)).body("items.change.firstId", contains(small, small))
                .body("items.change.percent", contains(-33.3f, 0.0f))
                .body("items.change.meaningfulImprovement", contains(true, false));

        // A screen has no meaningful-change rule: its change is reported, not judged.
        as(token).queryParam("instrument", "PHQ-2").get("/v1/patients/{p}/outcomes", patientId).then()
                .body("items", hasSize(1)).body("items[0].change.points", equalTo(0.0f))
                .body("items[0].change.meaningfulImprovement", nullValue());

        String cursor = as(token).queryParam("instrument", "PEG").queryParam("limit", 2).get("/v1/patients/{p}/outcomes", patientId).then()
                .statusCode(200).body("items", hasSize(2)).extract().path("nextCursor");
        as(token).queryParam("instrument", "PEG").queryParam("limit", 2).queryParam("cursor", cursor).get("/v1/patients/{p}/outcomes", patientId)
                .then().statusCode(200).body("items.id", contains(small, first)).body("nextCursor", nullValue());
        as(token).queryParam("from", "2026-10-20").queryParam("to", "2026-10-01")
                .get("/v1/patients/{p}/outcomes", patientId).then().statusCode(400).body("violations.field", hasItem("from"));
        as(token).queryParam("instrument", "ODI").get("/v1/patients/{p}/outcomes", patientId).then().statusCode(400);
        // Days no report can fall on are refused, not carried to the database.
        Api.raw().header("Authorization", "Bearer " + token).queryParam("to", "+999999999-12-31").get("/v1/patients/{p}/outcomes", patientId).then()
                .statusCode(400).body("violations.field", hasItem("to"));
        as(token).queryParam("from", "0001-01-01").get("/v1/patients/{p}/outcomes", patientId).then()
                .statusCode(400).body("violations.field", hasItem("from"));
    }

    @Test
    void everythingIsDueAtFirstThenOnTheScheduleThePatientSets() {
        JsonPath due = as(token).get("/v1/patients/{p}/outcomes/due", patientId).then().statusCode(200)
                .body("timeZone", equalTo("Europe/Amsterdam")).body("items.instrument", contains("PEG", "PHQ-2", "GAD-2"))
                .body("items.everyDays", contains(7, 14, 14)).body("items.due", contains(true, true, true)).extract()
                .jsonPath();
        assertEquals(List.of(due.getString("today"), due.getString("today"), due.getString("today")),
                due.getList("items.dueOn"));

        String now = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        post("PEG", now, "{\"P\":3,\"E\":3,\"G\":3}").statusCode(201);
        as(token).get("/v1/patients/{p}/outcomes/due", patientId).then()
                .body("items[0].lastCompletedAt", equalTo(now)).body("items[0].due", equalTo(false));

        String path = "/v1/patients/" + patientId + "/outcomes/schedule";
        as(token).get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("items.isDefault", contains(true, true, true));
        as(token).body("{\"everyDays\":{\"PEG\":14}}").put(path).then().statusCode(428);
        as(token).header("If-Match", "\"0\"").body("{\"everyDays\":{\"PEG\":14},\"off\":[\"GAD-2\"]}").put(path).then()
                .statusCode(200).header("ETag", "\"1\"").body("items.everyDays", contains(14, 14, null))
                .body("items.isDefault", contains(false, true, false));
        as(token).header("If-Match", "\"0\"").body("{\"everyDays\":{\"PEG\":7}}").put(path).then().statusCode(412);
        as(token).get("/v1/patients/{p}/outcomes/due", patientId).then()
                .body("items[0].everyDays", equalTo(14)).body("items[2].everyDays", nullValue())
                .body("items[2].dueOn", nullValue()).body("items[2].due", equalTo(false));

        java.util.Map<String, String> refused = java.util.Map.of(
                "{\"everyDays\":{\"PEG\":0}}", "everyDays.PEG",
                "{\"everyDays\":{\"PEG\":366}}", "everyDays.PEG",
                "{\"everyDays\":{\"ODI\":7}}", "everyDays.ODI",
                "{\"everyDays\":{},\"off\":[\"ODI\"]}", "off",
                "{\"everyDays\":{\"PEG\":7},\"off\":[\"PEG\"]}", "off",
                "{}", "everyDays");
        refused.forEach((body, field) -> Api.raw().header("Authorization", "Bearer " + token).header("If-Match", "\"1\"")
                .contentType("application/json").body(body).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field)));
        // Leaving an instrument out puts its default back.
        as(token).header("If-Match", "\"1\"").body("{\"everyDays\":{}}").put(path).then().statusCode(200)
                .body("items.everyDays", contains(7, 14, 14)).body("items.isDefault", contains(true, true, true));
    }

    /** A completion belongs to the local day it fell on in the patient's zone as it is now, like the diary's days. */
    @Test
    void dueDatesFollowTheTimeZoneThroughAChange() {
        // 12:00 UTC three days ago: the next local day at UTC+14, the same day at UTC-11.
        Instant completed = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);
        post("PEG", completed.toString(), "{\"P\":3,\"E\":3,\"G\":3}").statusCode(201);
        String etag = zone("Pacific/Kiritimati", "\"1\"");
        String east = as(token).get("/v1/patients/{p}/outcomes/due", patientId).then().statusCode(200)
                .body("timeZone", equalTo("Pacific/Kiritimati")).extract().path("items[0].dueOn");
        zone("Pacific/Pago_Pago", etag);
        String west = as(token).get("/v1/patients/{p}/outcomes/due", patientId).then().statusCode(200)
                .body("timeZone", equalTo("Pacific/Pago_Pago")).body("items[0].due", equalTo(false))
                .extract().path("items[0].dueOn");
        java.time.LocalDate utcDay = completed.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        assertEquals(utcDay.plusDays(8).toString(), east);
        assertEquals(utcDay.plusDays(7).toString(), west);
    }

    private String zone(String zone, String ifMatch) {
        return as(token).header("If-Match", ifMatch).contentType("application/merge-patch+json")
                .body("{\"timeZone\":\"" + zone + "\"}").patch("/v1/patients/{p}", patientId).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void aStrangerLearnsNothingAndOnlyThePatientWrites() {
        String stranger = Api.token("outcomes-stranger-" + UUID.randomUUID(), "patient");
        as(stranger).get("/v1/patients/{p}/outcomes", patientId).then().statusCode(404)
                .body("detail", not(org.hamcrest.Matchers.containsString(patientId)));
        String partner = "outcomes-partner-" + UUID.randomUUID();
        Api.grant(token, patientId, partner, "PARTNER", "outcomes:read");
        as(Api.token(partner, "partner")).body("{\"instrument\":\"PEG\",\"completedAt\":\"2026-11-02T08:00:00Z\","
                + "\"answers\":{\"P\":1,\"E\":1,\"G\":1}}").post("/v1/patients/{p}/outcomes", patientId).then()
                .statusCode(403);
        as(Api.token(partner, "partner")).header("If-Match", "\"0\"").body("{\"everyDays\":{}}")
                .put("/v1/patients/{p}/outcomes/schedule", patientId).then().statusCode(403);
        as(Api.token(partner, "partner")).get("/v1/patients/{p}/outcomes/due", patientId).then().statusCode(200);
        as(token).get("/v1/patients/{p}/access-log", patientId).then().statusCode(200)
                .body("items.action", hasItem("outcomes.due"))
                .body("items.path", hasItem(endsWith("/outcomes/due")));
        as(token).get("/v1/patients/{p}/outcomes/{r}", patientId, UUID.randomUUID()).then().statusCode(404);
        as(token).get("/v1/patients/{p}/outcomes", patientId).then().body("items", containsInAnyOrder());
    }
}
