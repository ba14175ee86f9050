package org.backcare.common;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcare.exercise.ExerciseCatalogTestEntries;
import org.backcare.partnerplan.PlanBodies;
import org.backcare.support.Api;
import org.backcare.support.OpenApiContract;
import org.backcare.support.Race;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every create honours an Idempotency-Key: a phone that retries (in parallel, even) gets one
 * resource and the same answer every time; the same key on another body is 422.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final int RETRIES = 10;

    @Inject
    EntityManager em;

    /** Every create of the API: how to send it (a body that differs per variant) as the fixture's caller. */
    enum Create {
        PATIENT, GRANT, INVITATION, ACCEPT_INVITATION, PAIN_LOG, SCREENING, RESOLUTION, SESSION, PLAN, CHECK_IN,
        EXERCISE, WEBHOOK, OUTCOME
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void parallelRetriesMakeOneThingAndGetOneAnswer(Create create) {
        Sender send = new Sender(create);
        String key = UUID.randomUUID().toString();

        List<Response> answers = Race.run(RETRIES, i -> send.request(0).header("Idempotency-Key", key).post(send.path));

        assertEquals(Map.of(201, RETRIES), Race.tally(answers), create + ": " + answers.get(0).asString());
        // A new webhook's secret is shown once: in the first answer, not in the replays.
        Set<String> bodies = answers.stream().map(a -> a.asString().replaceAll(",\"secret\":\"[^\"]+\"", ""))
                .collect(Collectors.toSet());
        assertEquals(1, bodies.size(), "one answer, replayed: " + bodies);
        long withSecret = answers.stream().filter(a -> a.asString().contains("\"secret\"")).count();
        assertEquals(create == Create.WEBHOOK ? 1 : 0, withSecret, "answers showing a secret");
        Set<String> places = answers.stream().map(a -> a.header("Location") + " " + a.header("ETag"))
                .collect(Collectors.toSet());
        assertEquals(1, places.size(), "one resource: " + places);
        assertEquals(RETRIES - 1, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count());

        Api.raw().header("Authorization", "Bearer " + send.token).contentType("application/json")
                .header("Idempotency-Key", key).body(send.body(1)).post(send.path).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://backcare.dev/problems/idempotency-key-reused"));
    }

    @Test
    void everyCreateInTheDocumentTakesTheKey() {
        Set<String> documented = OpenApiContract.operationsWithHeader("Idempotency-Key");
        Set<String> tested = Set.of("createPatient", "createGrant", "createInvitation", "acceptInvitation",
                "createPainLog", "createScreening", "resolveScreening", "recordExerciseSession", "createPartnerPlan",
                "recordCheckIn", "createExercise", "createWebhook", "recordOutcome");
        assertEquals(tested, documented);
        assertEquals(tested.size(), Create.values().length);
    }

    @Test
    void keysAreTheCallersOwn() {
        Sender alice = new Sender(Create.PAIN_LOG);
        Sender bob = new Sender(Create.PAIN_LOG);
        String key = "shared-" + UUID.randomUUID();
        String first = alice.request(0).header("Idempotency-Key", key).post(alice.path).then().statusCode(201)
                .extract().path("id");
        String second = bob.request(0).header("Idempotency-Key", key).post(bob.path).then().statusCode(201)
                .extract().path("id");
        assertNotEquals(first, second);
    }

    @Test
    void aBadKeyIsRefusedNamingTheHeader() {
        Sender send = new Sender(Create.SESSION);
        Api.raw().header("Authorization", "Bearer " + send.token).contentType("application/json")
                .header("Idempotency-Key", "x".repeat(256)).body(send.body(0)).post(send.path).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedCreateKeepsNothingSoTheRetryRuns() {
        Sender send = new Sender(Create.SESSION);
        String key = UUID.randomUUID().toString();
        Api.raw().header("Authorization", "Bearer " + send.token).contentType("application/json")
                .header("Idempotency-Key", key).body(send.body(0).replace("walking", "no-such-exercise"))
                .post(send.path).then().statusCode(400);
        send.request(0).header("Idempotency-Key", key).post(send.path).then().statusCode(201);
    }

    @Test
    void aKeyIsForgottenAfterItsDay() {
        Sender send = new Sender(Create.SESSION);
        String key = UUID.randomUUID().toString();
        String first = send.request(0).header("Idempotency-Key", key).post(send.path).then().statusCode(201)
                .extract().path("id");
        age(25);
        String again = send.request(1).header("Idempotency-Key", key).post(send.path).then().statusCode(201)
                .extract().path("id");
        assertNotEquals(first, again);
    }

    @Transactional
    void age(int hours) {
        em.createNativeQuery("update idempotency_key set created_at = ?1")
                .setParameter(1, OffsetDateTime.now().minusHours(hours)).executeUpdate();
    }

    /** A caller of one create, with what the create needs already in place. */
    static final class Sender {

        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final String token;
        final String path;
        final Function<Integer, String> body;

        Sender(Create create) {
            String owner = Api.token("key-owner-" + tag, "patient");
            String partner = "key-partner-" + tag;
            if (create == Create.PATIENT) {
                token = owner;
                path = "/v1/patients";
                body = i -> "{\"displayName\":\"Keyed " + i + "\"}";
                return;
            }
            String patientId = Api.createPatient(owner, "Keys " + tag);
            String patient = "/v1/patients/" + patientId;
            Api.grant(owner, patientId, partner, "PARTNER", "plans:read", "plans:write");
            switch (create) {
                case GRANT -> {
                    token = owner;
                    path = patient + "/grants";
                    body = i -> "{\"subject\":\"grantee-" + i + "-" + tag + "\",\"relationship\":\"PARTNER\","
                            + "\"scopes\":[\"plans:read\"]}";
                }
                case INVITATION -> {
                    token = owner;
                    path = patient + "/invitations";
                    body = i -> "{\"relationship\":\"PARTNER\",\"scopes\":[\"" + (i == 0 ? "plans:read" : "plans:write")
                            + "\"]}";
                }
                case ACCEPT_INVITATION -> {
                    List<String> codes = List.of(invite(owner, patient), invite(owner, patient));
                    token = Api.token("invitee-" + tag, "partner");
                    path = "/v1/invitations/accept";
                    body = i -> "{\"code\":\"" + codes.get(i) + "\"}";
                }
                case PAIN_LOG -> {
                    token = owner;
                    path = patient + "/pain-logs";
                    body = i -> "{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":" + (3 + i) + "}";
                }
                case SCREENING -> {
                    token = owner;
                    path = patient + "/screenings";
                    body = i -> "{\"answers\":{\"FEVER\":" + (i == 0) + "}}";
                }
                case RESOLUTION -> {
                    token = owner;
                    String screening = as(owner).body("{\"answers\":{\"FEVER\":true}}").post(patient + "/screenings")
                            .then().statusCode(201).extract().path("id");
                    path = patient + "/screenings/" + screening + "/resolution";
                    body = i -> "{\"careSought\":\"" + (i == 0 ? "GP" : "URGENT_CARE") + "\"}";
                }
                case SESSION -> {
                    token = owner;
                    path = patient + "/exercise-sessions";
                    body = i -> "{\"exerciseSlug\":\"walking\",\"performedAt\":\"2026-11-01T08:00:00Z\","
                            + "\"durationMinutes\":" + (10 + i) + ",\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}";
                }
                case PLAN -> {
                    token = owner;
                    path = patient + "/partner-plans";
                    body = i -> PlanBodies.plan(partner).replace("\"Pause\"", "\"Pause " + i + "\"");
                }
                case CHECK_IN -> {
                    token = owner;
                    String planId = as(owner).body(PlanBodies.plan(partner)).post(patient + "/partner-plans").then()
                            .statusCode(201).extract().path("id");
                    path = patient + "/partner-plans/" + planId + "/check-ins";
                    body = i -> "{\"whatIsWorking\":\"walks " + i + "\"}";
                }
                case EXERCISE -> {
                    token = Api.token("key-curator-" + tag, "curator");
                    path = "/v1/exercises";
                    body = i -> ExerciseCatalogTestEntries.entry("keyed-" + i + "-" + tag);
                }
                case WEBHOOK -> {
                    token = Api.token("key-clinic-" + tag, "clinician");
                    path = "/v1/webhooks";
                    body = i -> "{\"url\":\"http://127.0.0.1:9/hook-" + i + "\",\"events\":[\"screening.urgent\"]}";
                }
                case OUTCOME -> {
                    token = owner;
                    path = patient + "/outcomes";
                    body = i -> "{\"instrument\":\"PEG\",\"completedAt\":\"2026-11-01T08:00:00Z\","
                            + "\"answers\":{\"P\":" + (4 + i) + ",\"E\":5,\"G\":6}}";
                }
                default -> throw new IllegalArgumentException(create.name());
            }
        }

        String body(int variant) {
            return body.apply(variant);
        }

        io.restassured.specification.RequestSpecification request(int variant) {
            return as(token).body(body(variant));
        }

        private static String invite(String owner, String patient) {
            return as(owner).body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                    .post(patient + "/invitations").then().statusCode(201).extract().path("code");
        }
    }
}
