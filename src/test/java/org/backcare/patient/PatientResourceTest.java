package org.backcare.patient;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/** Profiles over HTTP only, so the packaged-jar IT can run the same cases. */
@QuarkusTest
public class PatientResourceTest {

    private static String subject() {
        return "pt-" + UUID.randomUUID();
    }

    @Test
    void createReadAndMe() {
        String token = Api.token(subject(), "patient");
        String onset = LocalDate.now().minusDays(10).toString();
        var created = as(token).body("""
                {"displayName":"Ada","birthYear":1970,"condition":"DISC_INJURY","painOnsetDate":"%s",
                 "timeZone":"Europe/Amsterdam",
                 "medications":[{"name":"Ibuprofen","maxDailyDose":1200,"unit":"mg"},
                                {"name":"Colchicine","maxDailyDose":0.250,"unit":"mg"}]}""".formatted(onset))
                .post("/v1/patients")
                .then().statusCode(201)
                .body("phase", equalTo("ACUTE"))
                .body("medications[0].maxDailyDose", equalTo(1200))
                .extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/v1/patients/" + id));

        // The read is plain SQL, not the entity the create answered from: it must say the same.
        as(token).get("/v1/patients/{id}", id).then().statusCode(200)
                .body("displayName", equalTo("Ada"))
                .body("birthYear", equalTo(1970))
                .body("condition", equalTo("DISC_INJURY"))
                .body("painOnsetDate", equalTo(onset))
                .body("phase", equalTo("ACUTE"))
                .body("timeZone", equalTo("Europe/Amsterdam"))
                .body("medications.name", contains("Ibuprofen", "Colchicine"))
                .body("medications.maxDailyDose", contains(1200, 0.25f))
                .body("medications.unit", contains("mg", "mg"))
                .body("openScreenings", empty())
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("updatedAt", equalTo(created.path("updatedAt")))
                .body("version", equalTo(1));
        as(token).get("/v1/me").then().statusCode(200)
                .body("patientId", equalTo(id))
                .body("roles", contains("patient"))
                .body("grantedPatients", empty());
    }

    @Test
    void strangersCannotTellTheProfileExists() {
        String id = Api.createPatient(Api.token(subject(), "patient"), "Private");
        String stranger = Api.token(subject(), "patient");
        Api.raw().header("Authorization", "Bearer " + stranger).get("/v1/patients/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        Api.raw().header("Authorization", "Bearer " + stranger).get("/v1/patients/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void defaultsApplyWhenOptionalFieldsAreAbsent() {
        String token = Api.token(subject(), "patient");
        String id = as(token).body("{\"displayName\":\"Bo\"}").post("/v1/patients").then().statusCode(201)
                .body("condition", equalTo("UNKNOWN"))
                .body("timeZone", equalTo("UTC"))
                .body("phase", nullValue())
                .body("medications", empty())
                .extract().path("id");
        as(token).get("/v1/patients/{id}", id).then().statusCode(200)
                .body("condition", equalTo("UNKNOWN"))
                .body("birthYear", nullValue())
                .body("painOnsetDate", nullValue())
                .body("phase", nullValue())
                .body("medications", empty());
    }

    @Test
    void phaseFollowsTheOnsetDate() {
        assertPhase(LocalDate.now().minusDays(27), "ACUTE");
        assertPhase(LocalDate.now().minusDays(28), "SUBACUTE");
        assertPhase(LocalDate.now().minusDays(84), "SUBACUTE");
        assertPhase(LocalDate.now().minusDays(85), "CHRONIC");
    }

    private static void assertPhase(LocalDate onset, String phase) {
        String token = Api.token(subject(), "patient");
        as(token).body("{\"displayName\":\"P\",\"painOnsetDate\":\"" + onset + "\"}")
                .post("/v1/patients").then().statusCode(201).body("phase", equalTo(phase));
    }

    @Test
    void secondProfileIsAConflict() {
        String token = Api.token(subject(), "patient");
        String id = Api.createPatient(token, "Once");
        as(token).body("{\"displayName\":\"Twice\"}").post("/v1/patients").then().statusCode(409)
                .body("detail", containsString(id));
    }

    @Test
    void futureOnsetAndBadTimeZoneAreRejected() {
        String token = Api.token(subject(), "patient");
        Api.raw().header("Authorization", "Bearer " + token).contentType("application/json")
                .body("{\"displayName\":\"F\",\"painOnsetDate\":\"" + LocalDate.now().plusDays(2) + "\"}")
                .post("/v1/patients").then().statusCode(400).body("violations.field", hasItem("painOnsetDate"));
        as(token).body("{\"displayName\":\"F\",\"timeZone\":\"Mars/Olympus\"}")
                .post("/v1/patients").then().statusCode(400).body("violations.field", hasItem("timeZone"));
    }

    @Test
    void painCannotBeginBeforeThePersonWasBorn() {
        String token = Api.token(subject(), "patient");
        Api.raw().header("Authorization", "Bearer " + token).contentType("application/json")
                .body("{\"displayName\":\"B\",\"birthYear\":1990,\"painOnsetDate\":\"1989-12-31\"}")
                .post("/v1/patients").then().statusCode(400)
                .body("violations.field", hasItem("painOnsetDate"))
                .body("violations.message", hasItem("must not be before the birth year"));
        as(token).body("{\"displayName\":\"B\",\"birthYear\":1990,\"painOnsetDate\":\"1990-01-01\"}")
                .post("/v1/patients").then().statusCode(201);
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndNullClears() {
        String token = Api.token(subject(), "patient");
        String id = as(token).body("{\"displayName\":\"Cy\",\"birthYear\":1980,\"timeZone\":\"Asia/Tokyo\"}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
        as(token).contentType("application/merge-patch+json").body("{\"birthYear\":null,\"condition\":\"SCIATICA\"}")
                .patch("/v1/patients/{id}", id).then().statusCode(428);
        as(token).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"birthYear\":null,\"condition\":\"SCIATICA\"}")
                .patch("/v1/patients/{id}", id).then().statusCode(200).header("ETag", "\"2\"")
                .body("birthYear", nullValue())
                .body("condition", equalTo("SCIATICA"))
                .body("displayName", equalTo("Cy"))
                .body("timeZone", equalTo("Asia/Tokyo"));
    }

    @Test
    void patchCannotBreakInvariantsOrSetServerFields() {
        String token = Api.token(subject(), "patient");
        String id = Api.createPatient(token, "Di");
        Api.raw().header("Authorization", "Bearer " + token).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"displayName\":null}").patch("/v1/patients/{id}", id)
                .then().statusCode(400).body("violations.field", hasItem("displayName"));
        Api.raw().header("Authorization", "Bearer " + token).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"id\":\"" + UUID.randomUUID() + "\"}")
                .patch("/v1/patients/{id}", id)
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
        as(token).get("/v1/patients/{id}", id).then().statusCode(200).body("id", equalTo(id))
                .body("displayName", equalTo("Di"));
    }

    @Test
    void deleteErasesTheProfileAndItsGrants() {
        String token = Api.token(subject(), "patient");
        String partner = subject();
        String partnerToken = Api.token(partner, "partner");
        String id = Api.createPatient(token, "Ed");
        Api.grant(token, id, partner, "PARTNER", "plans:read");
        as(partnerToken).get("/v1/patients/{id}", id).then().statusCode(200);

        as(token).delete("/v1/patients/{id}", id).then().statusCode(204);

        as(token).get("/v1/patients/{id}", id).then().statusCode(404);
        as(partnerToken).get("/v1/patients/{id}", id).then().statusCode(404);
        as(partnerToken).get("/v1/me").then().body("grantedPatients.patientId", not(hasItem(id)));
        as(token).get("/v1/me").then().body("patientId", nullValue());
        // Erasure frees the person to start again.
        Api.createPatient(token, "Ed again");
    }
}
