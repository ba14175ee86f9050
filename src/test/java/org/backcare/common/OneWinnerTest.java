package org.backcare.common;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.exercise.ExerciseCatalogTestEntries;
import org.backcare.partnerplan.PlanBodies;
import org.backcare.support.Api;
import org.backcare.support.Race;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many clients, one moment: of N writes made from the same version exactly one wins and the rest
 * are 412; of N creates of one unique thing exactly one is made and the rest are 409. Never a 500.
 * Runs on H2 here and on PostgreSQL in CI.
 */
@QuarkusTest
class OneWinnerTest {

    private static final int N = 20;

    /** Every resource that more than one client can edit, and how one client edits it. */
    enum Edit {
        PROFILE("application/merge-patch+json", "patch") {
            String body(Fixture f, int writer) {
                return "{\"displayName\":\"Writer " + writer + "\"}";
            }
        },
        PAIN_LOG("application/merge-patch+json", "patch") {
            String body(Fixture f, int writer) {
                return "{\"notes\":\"Writer " + writer + "\"}";
            }
        },
        PLAN("application/merge-patch+json", "patch") {
            String body(Fixture f, int writer) {
                return "{\"goals\":[{\"text\":\"Writer " + writer + "\"}]}";
            }
        },
        CHECK_IN("application/merge-patch+json", "patch") {
            String body(Fixture f, int writer) {
                return "{\"whatIsWorking\":\"Writer " + writer + "\"}";
            }
        },
        CATALOG_ENTRY("application/json", "put") {
            String body(Fixture f, int writer) {
                return ExerciseCatalogTestEntries.entry(f.slug).replace("\"summary\":\"", "\"summary\":\"Writer "
                        + writer + ": ");
            }
        };

        final String contentType;
        final String method;

        Edit(String contentType, String method) {
            this.contentType = contentType;
            this.method = method;
        }

        abstract String body(Fixture f, int writer);
    }

    @ParameterizedTest
    @EnumSource(Edit.class)
    void writersOnOneVersionHaveExactlyOneWinner(Edit edit) {
        Fixture f = new Fixture();
        String path = f.pathOf(edit);
        String token = f.tokenFor(edit);
        String etag = as(token).get(path).then().statusCode(200).extract().header("ETag");

        List<Response> answers = Race.run(N, writer -> as(token).header("If-Match", etag).contentType(edit.contentType)
                .body(edit.body(f, writer)).request(edit.method, path));

        assertEquals(Map.of(200, 1, 412, N - 1), Race.tally(answers), edit + " answered " + Race.tally(answers));
        int winner = answers.stream().map(Response::statusCode).toList().indexOf(200);
        String stored = as(token).get(path).then().statusCode(200).extract().asString();
        assertEquals(answers.get(winner).header("ETag"), as(token).get(path).header("ETag"));
        assertEquals(true, stored.contains("Writer " + winner + (edit == Edit.CATALOG_ENTRY ? ":" : "\"")),
                "the winner's write is what is stored: " + stored);
    }

    @Test
    void oneActivePlanPerPartner() {
        Fixture f = new Fixture();
        String path = "/v1/patients/" + f.patientId + "/partner-plans";
        List<Response> answers = Race.run(N, i -> as(f.owner).body(PlanBodies.plan(f.partner)).post(path));
        assertEquals(Map.of(201, 1, 409, N - 1), Race.tally(answers));
        List<String> partners = as(f.owner).get(path).then().statusCode(200).extract()
                .path("items.findAll { it.plan.status == 'ACTIVE' }.plan.partnerSubject");
        assertEquals(1, partners.stream().filter(f.partner::equals).count(), "active plans: " + partners);
    }

    @Test
    void oneEntryPerSlug() {
        String curator = Api.token("curator-" + UUID.randomUUID(), "curator");
        String slug = "race-" + UUID.randomUUID().toString().substring(0, 8);
        List<Response> answers = Race.run(N, i -> as(curator).body(ExerciseCatalogTestEntries.entry(slug))
                .post("/v1/exercises"));
        assertEquals(Map.of(201, 1, 409, N - 1), Race.tally(answers));
    }

    @Test
    void oneResolutionPerScreeningAndOneEventForIt() {
        Fixture f = new Fixture();
        String clinic = "race-clinic-" + f.tag;
        Api.grant(f.owner, f.patientId, clinic, "CLINICIAN", "screenings:read");
        String clinicToken = Api.token(clinic, "clinician");
        String webhookId = as(clinicToken).body("{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"screening.resolved\"]}")
                .post("/v1/webhooks").then().statusCode(201).extract().path("id");
        String screening = as(f.owner).body("{\"answers\":{\"FEVER\":true}}")
                .post("/v1/patients/{p}/screenings", f.patientId).then().statusCode(201).extract().path("id");

        List<Response> answers = Race.run(10, i -> as(f.owner).body("{\"careSought\":\"GP\",\"note\":\"Client " + i + "\"}")
                .post("/v1/patients/{p}/screenings/{s}/resolution", f.patientId, screening));

        assertEquals(Map.of(201, 1, 409, 9), Race.tally(answers));
        List<String> events = as(clinicToken).get("/v1/webhooks/{h}/deliveries", webhookId).then().statusCode(200)
                .extract().path("items.eventId");
        assertEquals(1, events.size(), "one screening.resolved event: " + events);
    }

    /** Rotations made from one version: the database's version check leaves one standing. */
    @Test
    void oneSecretRotationPerVersion() {
        String clinicToken = Api.token("race-rotator-" + UUID.randomUUID(), "clinician");
        String webhookId = as(clinicToken).body("{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"screening.urgent\"]}")
                .post("/v1/webhooks").then().statusCode(201).extract().path("id");

        List<Response> answers = Race.run(N, i -> as(clinicToken).header("If-Match", "\"1\"")
                .post("/v1/webhooks/{h}/secret", webhookId));

        assertEquals(Map.of(200, 1, 412, N - 1), Race.tally(answers));
        as(clinicToken).get("/v1/webhooks/{h}", webhookId).then().statusCode(200).header("ETag", "\"2\"");
    }

    /** A schedule set from the defaults (racing inserts) and then from its version (racing updates). */
    @Test
    void oneScheduleWriterPerVersion() {
        Fixture f = new Fixture();
        String path = "/v1/patients/" + f.patientId + "/outcomes/schedule";
        for (String etag : List.of("\"0\"", "\"1\"")) {
            List<Response> answers = Race.run(N, writer -> as(f.owner).header("If-Match", etag)
                    .body("{\"everyDays\":{\"PEG\":" + (writer + 1) + "}}").put(path));
            assertEquals(Map.of(200, 1, 412, N - 1), Race.tally(answers), "from " + etag);
            int winner = answers.stream().map(Response::statusCode).toList().indexOf(200);
            as(f.owner).get(path).then().statusCode(200).header("ETag", answers.get(winner).header("ETag"))
                    .body("items.find { it.instrument == 'PEG' }.everyDays", equalTo(winner + 1));
        }
    }

    /** The same instrument completed at the same instant, sent at once without a key: stored once. */
    @Test
    void oneOutcomePerInstrumentAndInstant() {
        Fixture f = new Fixture();
        List<Response> answers = Race.run(N, i -> as(f.owner).body("{\"instrument\":\"GAD-2\","
                + "\"completedAt\":\"2026-11-02T08:00:00Z\",\"answers\":{\"GAD2-1\":1,\"GAD2-2\":" + (i % 4) + "}}")
                .post("/v1/patients/{p}/outcomes", f.patientId));
        assertEquals(Map.of(201, 1, 409, N - 1), Race.tally(answers));
    }

    @Test
    void oneGrantPerSubject() {
        Fixture f = new Fixture();
        List<Response> answers = Race.run(N, i -> as(f.owner).body("{\"subject\":\"race-grantee-" + f.tag
                + "\",\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                .post("/v1/patients/{p}/grants", f.patientId));
        assertEquals(Map.of(201, 1, 409, N - 1), Race.tally(answers));
    }

    @Test
    void oneProfilePerPerson() {
        String token = Api.token("race-profile-" + UUID.randomUUID(), "patient");
        List<Response> answers = Race.run(N, i -> as(token).body("{\"displayName\":\"Twin " + i + "\"}")
                .post("/v1/patients"));
        assertEquals(Map.of(201, 1, 409, N - 1), Race.tally(answers));
    }

    @Test
    void oneAcceptancePerInvitationCode() {
        Fixture f = new Fixture();
        String code = as(f.owner).body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                .post("/v1/patients/{p}/invitations", f.patientId).then().statusCode(201).extract().path("code");
        List<String> takers = java.util.stream.IntStream.range(0, N)
                .mapToObj(i -> Api.token("taker-" + i + "-" + f.tag, "partner")).toList();
        List<Response> answers = Race.run(N, i -> as(takers.get(i)).body("{\"code\":\"" + code + "\"}")
                .post("/v1/invitations/accept"));
        assertEquals(Map.of(201, 1, 404, N - 1), Race.tally(answers));
    }

    @Test
    void oneEntryPerClientIdAcrossPatients() {
        Fixture a = new Fixture();
        Fixture b = new Fixture();
        for (int round = 0; round < 5; round++) {
            String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4}";
            List<Response> answers = Race.run(2, i -> as(i == 0 ? a.owner : b.owner).body(body)
                    .post("/v1/patients/{p}/pain-logs", i == 0 ? a.patientId : b.patientId));
            assertEquals(Map.of(201, 1, 409, 1), Race.tally(answers), "round " + round);
        }
    }

    /** A patient with a partner, a plan, a check-in, a diary entry, and a catalog entry of their own to edit. */
    static final class Fixture {

        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final String owner = Api.token("race-owner-" + tag, "patient");
        final String patientId = Api.createPatient(owner, "Race " + tag);
        final String partner = "race-partner-" + tag;
        final String curator = Api.token("race-curator-" + tag, "curator");
        final String slug = "race-entry-" + tag;
        final String planId;
        final String checkInId;
        final String logId;

        Fixture() {
            Api.grant(owner, patientId, partner, "PARTNER", "plans:read", "plans:write");
            String other = "race-other-" + tag;
            Api.grant(owner, patientId, other, "PARTNER", "plans:read");
            planId = as(owner).body(PlanBodies.plan(other)).post("/v1/patients/{p}/partner-plans", patientId)
                    .then().statusCode(201).extract().path("id");
            checkInId = as(owner).body("{\"whatIsWorking\":\"walks\"}")
                    .post("/v1/patients/{p}/partner-plans/{plan}/check-ins", patientId, planId).then().statusCode(201)
                    .extract().path("id");
            logId = as(owner).body("{\"recordedAt\":\"" + Instant.now().minus(1, ChronoUnit.HOURS)
                            .truncatedTo(ChronoUnit.SECONDS) + "\",\"intensity\":4}")
                    .post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(201).extract().path("id");
            as(curator).body(ExerciseCatalogTestEntries.entry(slug)).post("/v1/exercises").then().statusCode(201);
        }

        String pathOf(Edit edit) {
            String patient = "/v1/patients/" + patientId;
            return switch (edit) {
                case PROFILE -> patient;
                case PAIN_LOG -> patient + "/pain-logs/" + logId;
                case PLAN -> patient + "/partner-plans/" + planId;
                case CHECK_IN -> patient + "/partner-plans/" + planId + "/check-ins/" + checkInId;
                case CATALOG_ENTRY -> "/v1/exercises/" + slug;
            };
        }

        String tokenFor(Edit edit) {
            return edit == Edit.CATALOG_ENTRY ? curator : owner;
        }
    }
}
