package org.backcare.screening;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScreeningApiTest {

    private String tag;
    private String ownerToken;
    private String patientId;

    @BeforeEach
    void patient() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        ownerToken = Api.token("screen-" + tag, "patient");
        patientId = as(ownerToken).body("{\"displayName\":\"S\",\"birthYear\":" + (LocalDate.now().getYear() - 60)
                        + ",\"painOnsetDate\":\"" + LocalDate.now().minusWeeks(3)
                        + "\",\"medications\":[{\"name\":\"Ibuprofen\",\"maxDailyDose\":1200,\"unit\":\"mg\"}]}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
    }

    @Test
    void questionnaireIsGroupedAndTyped() {
        as(ownerToken).get("/v1/screening/questionnaire").then().statusCode(200)
                .body("version", equalTo(1))
                .body("groups[0].id", equalTo("bladder-bowel"))
                .body("groups.questions.flatten().code", hasItem("SADDLE_NUMBNESS"))
                .body("groups.questions.flatten().type", hasItem("CHOICE"))
                .body("groups.questions.flatten().findAll { it.code == 'AGE' }[0].type", equalTo("NUMBER"))
                .body("groups.questions.flatten().findAll { it.code == 'AGE' }[0].max", equalTo(120));
        Api.raw().header("Authorization", "Bearer " + ownerToken).queryParam("version", 99)
                .get("/v1/screening/questionnaire").then().statusCode(400)
                .body("violations[0].field", equalTo("questionnaireVersion"));
    }

    @Test
    void evaluateScoresWithoutStoring() {
        as(ownerToken).body("{\"answers\":{\"FEVER\":true,\"AGE\":57}}").post("/v1/screening/evaluate")
                .then().statusCode(200)
                .body("triage", equalTo("URGENT"))
                .body("flags.code", contains("FEVER", "AGE_OVER_50"))
                .body("flags[0].source", notNullValue())
                .body("providers", contains("EMERGENCY_DEPARTMENT", "GP"))
                .body("complete", equalTo(false))
                .body("questionnaireVersion", equalTo(1))
                .body("disclaimer", notNullValue());
        as(ownerToken).get("/v1/patients/{p}/screenings", patientId).then().body("items", empty());
    }

    @Test
    void answersAreCheckedAgainstTheirQuestions() {
        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{\"answers\":{\"FEVER\":\"yes\",\"AGE\":300,\"PAIN_ONSET\":\"NEVER\",\"HEADACHE\":true}}")
                .post("/v1/screening/evaluate").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("answers.FEVER", "answers.AGE", "answers.PAIN_ONSET",
                        "answers.HEADACHE"));
        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{}").post("/v1/screening/evaluate").then().statusCode(400)
                .body("violations[0].field", equalTo("answers"));
    }

    @Test
    void storedScreeningTakesAgeAndDurationFromTheProfile() {
        String id = as(ownerToken).body("{\"answers\":{\"CANCER_HISTORY\":true}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .body("answers.AGE", equalTo(60))
                .body("answers.PAIN_DURATION_WEEKS", equalTo(3))
                .body("result.triage", equalTo("URGENT"))
                .body("result.flags.code", containsInAnyOrder("CANCER_WITH_NEW_PAIN", "CANCER_HISTORY", "AGE_OVER_50"))
                .body("open", equalTo(true))
                .extract().path("id");
        // An answer given beats the profile.
        as(ownerToken).body("{\"answers\":{\"CANCER_HISTORY\":true,\"PAIN_DURATION_WEEKS\":40,\"AGE\":45}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .body("result.triage", equalTo("SOON"));
        as(ownerToken).get("/v1/patients/{p}/screenings/{id}", patientId, id).then().statusCode(200)
                .body("result.triage", equalTo("URGENT"));
        as(ownerToken).get("/v1/patients/{p}/screenings", patientId).then().body("items", hasSize(2));
    }

    @Test
    void openScreeningsShowOnTheProfileUntilResolved() {
        String id = as(ownerToken).body("{\"answers\":{\"SADDLE_NUMBNESS\":true}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .body("result.triage", equalTo("EMERGENCY")).extract().path("id");
        as(ownerToken).get("/v1/patients/{p}", patientId).then()
                .body("openScreenings.screeningId", contains(id))
                .body("openScreenings[0].triage", equalTo("EMERGENCY"));

        Api.raw().header("Authorization", "Bearer " + ownerToken).contentType("application/json")
                .body("{\"careSought\":\"PRAYED\"}")
                .post("/v1/patients/{p}/screenings/{id}/resolution", patientId, id).then().statusCode(400);
        as(ownerToken).body("{\"careSought\":\"EMERGENCY_DEPARTMENT\",\"note\":\"Seen, MRI clear\"}")
                .post("/v1/patients/{p}/screenings/{id}/resolution", patientId, id).then().statusCode(201)
                .body("open", equalTo(false))
                .body("resolution.careSought", equalTo("EMERGENCY_DEPARTMENT"))
                .body("resolution.note", equalTo("Seen, MRI clear"));
        as(ownerToken).get("/v1/patients/{p}", patientId).then().body("openScreenings", empty());
        as(ownerToken).body("{\"careSought\":\"GP\"}")
                .post("/v1/patients/{p}/screenings/{id}/resolution", patientId, id).then().statusCode(409);
    }

    @Test
    void aRoutineScreeningCannotBeResolved() {
        String id = as(ownerToken).body("{\"answers\":{\"NIGHT_PAIN\":false}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .body("open", equalTo(false)).extract().path("id");
        as(ownerToken).body("{\"careSought\":\"GP\"}")
                .post("/v1/patients/{p}/screenings/{id}/resolution", patientId, id).then().statusCode(409);
    }

    @Test
    void aPainLogWithARedFlagIsScreenedAtOnce() {
        String logId = as(ownerToken).body("{\"recordedAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)
                        + "\",\"intensity\":8,\"symptoms\":[\"BLADDER_RETENTION\"]}")
                .post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(201)
                .body("redFlag.triage", equalTo("EMERGENCY"))
                .body("redFlag.screeningId", notNullValue())
                .extract().path("id");
        String screeningId = as(ownerToken).get("/v1/patients/{p}/pain-logs/{id}", patientId, logId).then()
                .extract().path("redFlag.screeningId");
        as(ownerToken).get("/v1/patients/{p}/screenings/{s}", patientId, screeningId).then().statusCode(200)
                .body("source", equalTo("PAIN_LOG"))
                .body("painLogId", equalTo(logId))
                .body("answers.BLADDER_RETENTION", equalTo(true))
                .body("result.complete", equalTo(false));
        as(ownerToken).get("/v1/patients/{p}", patientId).then().body("openScreenings.screeningId", hasItem(screeningId));

        // A partner who may read logs but not screenings sees the symptom, not the outcome.
        String partner = "screen-partner-" + tag;
        Api.grant(ownerToken, patientId, partner, "PARTNER", "pain-logs:read");
        as(Api.token(partner, "partner")).get("/v1/patients/{p}/pain-logs/{id}", patientId, logId).then()
                .body("redFlag.symptoms", contains("BLADDER_RETENTION"))
                .body("redFlag.triage", nullValue())
                .body("redFlag.screeningId", nullValue());
    }

    @Test
    void advisoryChecksReadTheRecentDiary() {
        String now = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString();
        for (int day = 0; day < 3; day++) {
            String at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(day).minusHours(1).toString();
            as(ownerToken).body("{\"recordedAt\":\"" + at + "\",\"intensity\":5,\"mood\":2,"
                    + "\"sleep\":{\"disrupted\":true}}").post("/v1/patients/{p}/pain-logs", patientId)
                    .then().statusCode(201);
        }
        as(ownerToken).body("{\"recordedAt\":\"" + now + "\",\"intensity\":6,\"medications\":["
                + "{\"name\":\"ibuprofen\",\"dose\":800,\"unit\":\"mg\"},{\"name\":\"Ibuprofen\",\"dose\":800,\"unit\":\"mg\"}]}")
                .post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(201);
        as(ownerToken).body("{\"answers\":{}}").post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .body("result.advice.code", containsInAnyOrder("SLEEP_TROUBLE", "LOW_MOOD", "MEDICATION_ABOVE_MAXIMUM"));
    }

    @Test
    void readAccessFollowsTheScreeningsScope() {
        as(ownerToken).body("{\"answers\":{\"FEVER\":true}}").post("/v1/patients/{p}/screenings", patientId)
                .then().statusCode(201);
        String clinician = "screen-clinician-" + tag;
        Api.grant(ownerToken, patientId, clinician, "CLINICIAN", "screenings:read");
        String partner = "screen-partner-" + tag;
        Api.grant(ownerToken, patientId, partner, "PARTNER", "pain-logs:read");
        String clinicianToken = Api.token(clinician, "clinician");
        as(clinicianToken).get("/v1/patients/{p}/screenings", patientId).then().statusCode(200)
                .body("items", hasSize(1));
        as(clinicianToken).body("{\"answers\":{}}").post("/v1/patients/{p}/screenings", patientId)
                .then().statusCode(403);
        as(Api.token(partner, "partner")).get("/v1/patients/{p}/screenings", patientId).then().statusCode(403);
        as(Api.token("stranger-" + tag, "patient")).get("/v1/patients/{p}/screenings", patientId)
                .then().statusCode(404);
        as(ownerToken).get("/v1/patients/{p}/access-log", patientId).then()
                .body("items.action", hasItem("screenings.list"))
                .body("items.size()", greaterThan(0))
                .body("items.actorSubject", not(hasItem("stranger-" + tag)));
    }
}
