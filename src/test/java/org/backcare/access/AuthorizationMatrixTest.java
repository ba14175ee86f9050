package org.backcare.access;

import static org.backcare.support.World.Who.CLINICIAN;
import static org.backcare.support.World.Who.NO_TOKEN;
import static org.backcare.support.World.Who.OWNER;
import static org.backcare.support.World.Who.PARTNER_EXPIRED;
import static org.backcare.support.World.Who.PARTNER_REVOKED;
import static org.backcare.support.World.Who.PARTNER_WITHOUT_SCOPE;
import static org.backcare.support.World.Who.PARTNER_WITH_SCOPE;
import static org.backcare.support.World.Who.STRANGER;
import static org.backcare.support.World.Who.TAMPERED;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.backcare.partnerplan.PlanBodies;
import org.backcare.support.Api;
import org.backcare.support.Grants;
import org.backcare.support.World;
import org.backcare.support.World.Who;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every /v1 endpoint against every kind of caller, asserting the exact status. A new endpoint
 * gets a row here. Each case runs in a world of its own, so destructive calls cannot leak.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String SESSION = "{\"exerciseSlug\":\"walking\",\"performedAt\":\"2026-11-01T08:00:00Z\","
            + "\"durationMinutes\":10,\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}";
    private static final String WEBHOOK = "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"screening.urgent\"]}";
    private static final String URGENT_ANSWERS = "{\"answers\":{\"FEVER\":true}}";
    private static final String PAIN_LOG = "{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":5}";
    private static final String OUTCOME = "{\"instrument\":\"PHQ-2\",\"completedAt\":\"2026-11-01T08:00:00Z\","
            + "\"answers\":{\"PHQ2-1\":1,\"PHQ2-2\":0}}";

    /** Columns: owner, partner with scope, partner without, expired grant, revoked grant, clinician, stranger. */
    private static final List<Row> ROWS = List.of(
            row("createPatient", (w, r) -> r.body("{\"displayName\":\"New\"}").post("/v1/patients"),
                    409, 403, 403, 403, 403, 403, 201),
            row("listGrantedPatients", (w, r) -> r.get("/v1/patients"), 200, 200, 200, 200, 200, 200, 200),
            row("getMe", (w, r) -> r.get("/v1/me"), 200, 200, 200, 200, 200, 200, 200),
            row("getPatient", (w, r) -> r.get("/v1/patients/{id}", w.patientId), 200, 200, 200, 404, 404, 200, 404),
            row("updatePatient", (w, r) -> r.header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                    .body("{\"displayName\":\"Changed\"}").patch("/v1/patients/{id}", w.patientId),
                    200, 403, 403, 404, 404, 403, 404),
            row("deletePatient", (w, r) -> r.delete("/v1/patients/{id}", w.patientId),
                    204, 403, 403, 404, 404, 403, 404),
            row("createGrant", (w, r) -> r.body("{\"subject\":\"new-" + w.tag
                    + "\",\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                    .post("/v1/patients/{id}/grants", w.patientId), 201, 403, 403, 404, 404, 403, 404),
            row("listGrants", (w, r) -> r.get("/v1/patients/{id}/grants", w.patientId),
                    200, 403, 403, 404, 404, 403, 404),
            row("getGrant", (w, r) -> r.get("/v1/patients/{id}/grants/{g}", w.patientId, w.partnerGrantId),
                    200, 200, 404, 404, 404, 404, 404),
            row("revokeGrant", (w, r) -> r.delete("/v1/patients/{id}/grants/{g}", w.patientId, w.partnerGrantId),
                    204, 403, 403, 404, 404, 403, 404),
            row("createInvitation", (w, r) -> r.body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                    .post("/v1/patients/{id}/invitations", w.patientId), 201, 403, 403, 404, 404, 403, 404),
            row("getInvitation", (w, r) -> r.get("/v1/patients/{id}/invitations/{i}", w.patientId, invitation(w)[0]),
                    200, 403, 403, 404, 404, 403, 404),
            row("cancelInvitation", (w, r) -> r.delete("/v1/patients/{id}/invitations/{i}", w.patientId,
                    invitation(w)[0]), 204, 403, 403, 404, 404, 403, 404),
            row("acceptInvitation", (w, r) -> r.body("{\"code\":\"" + invitation(w)[1] + "\"}")
                    .post("/v1/invitations/accept"), 403, 409, 409, 201, 201, 403, 403),
            row("listAccessLog", (w, r) -> r.get("/v1/patients/{id}/access-log", w.patientId),
                    200, 403, 403, 404, 404, 403, 404),
            row("createPainLog", (w, r) -> r.body(PAIN_LOG).post("/v1/patients/{id}/pain-logs", w.patientId),
                    201, 403, 403, 404, 404, 403, 404),
            row("listPainLogs", (w, r) -> r.get("/v1/patients/{id}/pain-logs", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("summarizePainLogs", (w, r) -> r.get("/v1/patients/{id}/pain-logs/summary", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("getPainLog", (w, r) -> r.get("/v1/patients/{id}/pain-logs/{log}", w.patientId, painLog(w)),
                    200, 200, 403, 404, 404, 200, 404),
            row("replacePainLog", (w, r) -> r.header("If-Match", "\"1\"").body(PAIN_LOG)
                    .put("/v1/patients/{id}/pain-logs/{log}", w.patientId, painLog(w)),
                    200, 403, 403, 404, 404, 403, 404),
            row("updatePainLog", (w, r) -> r.header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                    .body("{\"intensity\":2}").patch("/v1/patients/{id}/pain-logs/{log}", w.patientId, painLog(w)),
                    200, 403, 403, 404, 404, 403, 404),
            row("deletePainLog", (w, r) -> r.delete("/v1/patients/{id}/pain-logs/{log}", w.patientId, painLog(w)),
                    204, 403, 403, 404, 404, 403, 404),
            row("getQuestionnaire", (w, r) -> r.get("/v1/screening/questionnaire"), 200, 200, 200, 200, 200, 200, 200),
            row("evaluateScreening", (w, r) -> r.body(URGENT_ANSWERS).post("/v1/screening/evaluate"),
                    200, 200, 200, 200, 200, 200, 200),
            row("createScreening", (w, r) -> r.body(URGENT_ANSWERS).post("/v1/patients/{id}/screenings", w.patientId),
                    201, 403, 403, 404, 404, 403, 404),
            row("listScreenings", (w, r) -> r.get("/v1/patients/{id}/screenings", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("getScreening", (w, r) -> r.get("/v1/patients/{id}/screenings/{s}", w.patientId, screening(w)),
                    200, 200, 403, 404, 404, 200, 404),
            row("resolveScreening", (w, r) -> r.body("{\"careSought\":\"GP\"}")
                    .post("/v1/patients/{id}/screenings/{s}/resolution", w.patientId, screening(w)),
                    201, 403, 403, 404, 404, 403, 404),
            row("exportFhir", (w, r) -> r.get("/v1/patients/{id}/fhir", w.patientId),
                    200, 403, 403, 404, 404, 200, 404),
            // Any live grantee may ask; what the report holds follows its scopes (see VisibilityMatrixTest).
            row("getReport", (w, r) -> r.get("/v1/patients/{id}/report", w.patientId),
                    200, 200, 200, 404, 404, 200, 404),
            row("listOutcomeInstruments", (w, r) -> r.get("/v1/outcomes/instruments"),
                    200, 200, 200, 200, 200, 200, 200),
            row("getOutcomeQuestionnaire", (w, r) -> r.get("/v1/fhir/Questionnaire/phq-2"),
                    200, 200, 200, 200, 200, 200, 200),
            row("getFhirQuestionnaire", (w, r) -> r.get("/v1/fhir/Questionnaire/red-flags"),
                    200, 200, 200, 200, 200, 200, 200),
            row("recordOutcome", (w, r) -> r.body(OUTCOME).post("/v1/patients/{id}/outcomes", w.patientId),
                    201, 403, 403, 404, 404, 403, 404),
            row("listOutcomes", (w, r) -> r.get("/v1/patients/{id}/outcomes", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("getOutcome", (w, r) -> r.get("/v1/patients/{id}/outcomes/{o}", w.patientId, outcome(w)),
                    200, 200, 403, 404, 404, 200, 404),
            row("getOutcomesDue", (w, r) -> r.get("/v1/patients/{id}/outcomes/due", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("getOutcomeSchedule", (w, r) -> r.get("/v1/patients/{id}/outcomes/schedule", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("replaceOutcomeSchedule", (w, r) -> r.header("If-Match", "\"0\"").body("{\"everyDays\":{\"PEG\":14}}")
                    .put("/v1/patients/{id}/outcomes/schedule", w.patientId), 200, 403, 403, 404, 404, 403, 404),
            row("createWebhook", (w, r) -> r.body(WEBHOOK).post("/v1/webhooks"), 403, 403, 403, 403, 403, 201, 403),
            row("listWebhooks", (w, r) -> r.get("/v1/webhooks"), 403, 403, 403, 403, 403, 200, 403),
            row("getWebhook", (w, r) -> r.get("/v1/webhooks/{h}", webhook(w)), 403, 403, 403, 403, 403, 200, 403),
            row("deleteWebhook", (w, r) -> r.delete("/v1/webhooks/{h}", webhook(w)), 403, 403, 403, 403, 403, 204, 403),
            row("listWebhookDeliveries", (w, r) -> r.get("/v1/webhooks/{h}/deliveries", webhook(w)),
                    403, 403, 403, 403, 403, 200, 403),
            row("rotateWebhookSecret", (w, r) -> r.post("/v1/webhooks/{h}/secret", webhook(w)),
                    403, 403, 403, 403, 403, 200, 403),
            row("listExercises", (w, r) -> r.get("/v1/exercises"), 200, 200, 200, 200, 200, 200, 200),
            row("getExercise", (w, r) -> r.get("/v1/exercises/walking"), 200, 200, 200, 200, 200, 200, 200),
            row("createExercise", (w, r) -> r.body(exercise("matrix-" + w.tag)).post("/v1/exercises"),
                    403, 403, 403, 403, 403, 403, 403),
            row("replaceExercise", (w, r) -> r.body(exercise("walking")).put("/v1/exercises/walking"),
                    403, 403, 403, 403, 403, 403, 403),
            row("deleteExercise", (w, r) -> r.delete("/v1/exercises/walking"), 403, 403, 403, 403, 403, 403, 403),
            row("recommendExercises", (w, r) -> r.get("/v1/patients/{id}/exercise-recommendations", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("recordExerciseSession", (w, r) -> r.body(SESSION)
                    .post("/v1/patients/{id}/exercise-sessions", w.patientId), 201, 403, 403, 404, 404, 403, 404),
            row("listExerciseSessions", (w, r) -> r.get("/v1/patients/{id}/exercise-sessions", w.patientId),
                    200, 200, 403, 404, 404, 200, 404),
            row("summarizeExerciseSessions", (w, r) -> r.get("/v1/patients/{id}/exercise-sessions/summary",
                    w.patientId), 200, 200, 403, 404, 404, 200, 404),
            row("getExerciseSession", (w, r) -> r.get("/v1/patients/{id}/exercise-sessions/{s}", w.patientId,
                    exerciseSession(w)), 200, 200, 403, 404, 404, 200, 404),
            row("createPartnerPlan", (w, r) -> r.body(PlanBodies.plan("partner-" + w.tag))
                    .post("/v1/patients/{id}/partner-plans", w.patientId), 201, 403, 403, 404, 404, 403, 404),
            row("listPartnerPlans", (w, r) -> r.get("/v1/patients/{id}/partner-plans", w.patientId),
                    200, 200, 200, 404, 404, 403, 404),
            row("draftPartnerPlan", (w, r) -> r.body("{\"partnerSubject\":\"partner-" + w.tag + "\"}")
                    .post("/v1/patients/{id}/partner-plans/draft", w.patientId),
                    200, 403, 403, 404, 404, 403, 404),
            row("getPartnerPlan", (w, r) -> r.get("/v1/patients/{id}/partner-plans/{plan}", w.patientId, plan(w)),
                    200, 200, 404, 404, 404, 403, 404),
            row("updatePartnerPlan", (w, r) -> r.header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                    .body("{\"goals\":[{\"text\":\"Walk together\"}]}")
                    .patch("/v1/patients/{id}/partner-plans/{plan}", w.patientId, plan(w)),
                    200, 200, 403, 404, 404, 403, 404),
            row("recordCheckIn", (w, r) -> r.body("{\"whatIsWorking\":\"walks\"}")
                    .post("/v1/patients/{id}/partner-plans/{plan}/check-ins", w.patientId, plan(w)),
                    201, 201, 403, 404, 404, 403, 404),
            row("listCheckIns", (w, r) -> r.get("/v1/patients/{id}/partner-plans/{plan}/check-ins", w.patientId,
                    plan(w)), 200, 200, 404, 404, 404, 403, 404),
            row("listAchievements", (w, r) -> r.get("/v1/patients/{id}/partner-plans/{plan}/achievements",
                    w.patientId, plan(w)), 200, 200, 404, 404, 404, 403, 404),
            row("getPlanToday", (w, r) -> r.get("/v1/partner-plans/{plan}/today", plan(w)),
                    200, 200, 404, 404, 404, 403, 404));


    @Inject
    Grants grants;

    static Stream<Arguments> cases() {
        return ROWS.stream().flatMap(row -> Arrays.stream(Who.values()).map(who -> Arguments.of(row, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void statusIsExact(Row row, Who who) {
        World world = new World(grants::expire);
        String token = world.tokenOf(who);
        RequestSpecification request = Api.raw().contentType(ContentType.JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Response response = row.call().apply(world, request);
        response.then().statusCode(row.expected().get(who));
        if (response.statusCode() >= 400) {
            response.then().contentType("application/problem+json").body("status", equalTo(response.statusCode()));
        }
    }

    private static String exercise(String slug) {
        return org.backcare.exercise.ExerciseCatalogTestEntries.entry(slug);
    }

    /** A fresh plan between the world's patient and the partner who holds every plan scope. */
    private static String plan(World w) {
        return Api.as(w.ownerToken).body(PlanBodies.plan("partner-" + w.tag))
                .post("/v1/patients/{id}/partner-plans", w.patientId).then().statusCode(201).extract().path("id");
    }

    private static String exerciseSession(World w) {
        return Api.as(w.ownerToken).body(SESSION).post("/v1/patients/{id}/exercise-sessions", w.patientId)
                .then().statusCode(201).extract().path("id");
    }

    /** A webhook of the world's clinic integration. */
    private static String webhook(World w) {
        return Api.as(w.clinicianToken).body(WEBHOOK).post("/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    /** A fresh, open (URGENT) screening of the world's patient. */
    private static String screening(World w) {
        return Api.as(w.ownerToken).body(URGENT_ANSWERS).post("/v1/patients/{id}/screenings", w.patientId)
                .then().statusCode(201).extract().path("id");
    }

    private static String outcome(World w) {
        return Api.as(w.ownerToken).body(OUTCOME).post("/v1/patients/{id}/outcomes", w.patientId)
                .then().statusCode(201).extract().path("id");
    }

    /** A fresh, non-private pain log of the world's patient. */
    private static String painLog(World w) {
        return Api.as(w.ownerToken).body(PAIN_LOG).post("/v1/patients/{id}/pain-logs", w.patientId)
                .then().statusCode(201).extract().path("id");
    }

    /** A fresh partner invitation: its id and its code. */
    private static String[] invitation(World w) {
        Response created = Api.as(w.ownerToken).body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                .post("/v1/patients/{id}/invitations", w.patientId);
        return new String[] {created.path("id"), created.path("code")};
    }

    private static Row row(String name, BiFunction<World, RequestSpecification, Response> call, int... statuses) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        Who[] columns = {OWNER, PARTNER_WITH_SCOPE, PARTNER_WITHOUT_SCOPE, PARTNER_EXPIRED, PARTNER_REVOKED, CLINICIAN,
                STRANGER};
        for (int i = 0; i < columns.length; i++) {
            expected.put(columns[i], statuses[i]);
        }
        expected.put(NO_TOKEN, 401);
        expected.put(TAMPERED, 401);
        return new Row(name, call, expected);
    }

    record Row(String name, BiFunction<World, RequestSpecification, Response> call, Map<Who, Integer> expected) {
        @Override
        public String toString() {
            return name;
        }
    }
}
