package org.backcare.exercise;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseSessionTest {

    private String token;
    private String patientId;

    @BeforeEach
    void patient() {
        token = Api.token("sessions-" + UUID.randomUUID(), "patient");
        patientId = as(token).body("{\"displayName\":\"S\",\"timeZone\":\"Europe/Amsterdam\"}").post("/v1/patients")
                .then().statusCode(201).extract().path("id");
    }

    private void session(String slug, String at, int before, int after) {
        as(token).body("{\"exerciseSlug\":\"" + slug + "\",\"performedAt\":\"" + at + "\",\"durationMinutes\":15,"
                + "\"painBefore\":" + before + ",\"painAfter\":" + after + ",\"withPartner\":false}")
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(201);
    }

    @Test
    void summaryCountsLocalWeeksAndPainChange() {
        session("walking", "2026-03-02T08:00:00Z", 6, 4);       // Monday 2 March
        session("walking", "2026-03-08T22:30:00Z", 5, 5);       // 23:30 Sunday 8 March local: same week
        session("heat-therapy", "2026-03-08T23:30:00Z", 7, 4);  // 00:30 Monday 9 March local: next week
        as(token).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15")
                .get("/v1/patients/{p}/exercise-sessions/summary", patientId).then().statusCode(200)
                .body("weeks.weekStart", contains("2026-03-02", "2026-03-09"))
                .body("weeks.sessions", contains(2, 1))
                .body("exercises.exerciseSlug", contains("heat-therapy", "walking"))
                .body("exercises.meanPainChange", contains(-3.0f, -1.0f));
    }

    @Test
    void inputIsValidated() {
        bad("{\"exerciseSlug\":\"no-such-thing\",\"performedAt\":\"2026-03-02T08:00:00Z\",\"durationMinutes\":15,"
                + "\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}", "exerciseSlug");
        bad("{\"exerciseSlug\":\"walking\",\"performedAt\":\"2026-03-02T08:00:00Z\",\"durationMinutes\":15,"
                + "\"painBefore\":11,\"painAfter\":4,\"withPartner\":false}", "painBefore");
        bad("{\"exerciseSlug\":\"walking\",\"performedAt\":\"2026-03-02T08:00:00Z\",\"durationMinutes\":0,"
                + "\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}", "durationMinutes");
        bad("{\"exerciseSlug\":\"walking\",\"performedAt\":\"2099-03-02T08:00:00Z\",\"durationMinutes\":10,"
                + "\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}", "performedAt");
        bad("{\"exerciseSlug\":\"walking\",\"durationMinutes\":10,\"painBefore\":5,\"painAfter\":4,"
                + "\"withPartner\":false}", "performedAt");
        as(token).get("/v1/patients/{p}/exercise-sessions", patientId).then().body("items", hasSize(0));
    }

    private void bad(String body, String field) {
        Api.raw().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(400)
                .body("violations.field", hasItem(field));
    }

    @Test
    void granteesNeedTheSessionsScope() {
        session("walking", "2026-03-02T08:00:00Z", 6, 4);
        String withScope = "sessions-partner-" + UUID.randomUUID();
        String without = "sessions-narrow-" + UUID.randomUUID();
        Api.grant(token, patientId, withScope, "PARTNER", "exercise-sessions:read");
        Api.grant(token, patientId, without, "PARTNER", "plans:read");
        as(Api.token(withScope, "partner")).get("/v1/patients/{p}/exercise-sessions", patientId).then()
                .statusCode(200).body("items[0].exerciseSlug", equalTo("walking"));
        as(Api.token(without, "partner")).get("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(403);
        as(Api.token(withScope, "partner")).body("{\"exerciseSlug\":\"walking\",\"performedAt\":"
                + "\"2026-03-02T08:00:00Z\",\"durationMinutes\":15,\"painBefore\":5,\"painAfter\":4,\"withPartner\":true}")
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(403);
    }
}
