package org.backcare.patient;

import static org.backcare.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.backcare.partnerplan.PlanBodies;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/** Erasing a profile leaves no row of that person's data behind, in any table. */
@QuarkusTest
class ErasureTest {

    private static final List<String> PATIENT_TABLES = List.of("patient", "patient_medication", "access_grant",
            "invitation", "access_log", "pain_log", "screening", "exercise_session", "partner_plan", "idempotency_key",
            "pain_day", "pain_day_medication", "outcome_result", "outcome_schedule");

    @Inject
    EntityManager em;

    @Test
    void deleteErasesEverythingThatHangsOffTheProfile() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Api.token("erase-" + tag, "patient");
        // Kept answers hold health data too: the keyed creates must go with the profile.
        String patientId = as(owner).header("Idempotency-Key", "erase-" + tag)
                .body("{\"displayName\":\"E\",\"medications\":[{\"name\":\"Ibuprofen\","
                + "\"maxDailyDose\":1200,\"unit\":\"mg\"}]}").post("/v1/patients").then().statusCode(201)
                .extract().path("id");
        String partner = "erase-partner-" + tag;
        Api.grant(owner, patientId, partner, "PARTNER", "pain-logs:read", "plans:read", "plans:write");
        as(Api.token(partner, "partner")).get("/v1/patients/{p}", patientId).then().statusCode(200);
        as(owner).body("{\"relationship\":\"CLINICIAN\",\"scopes\":[\"fhir:export\"]}")
                .post("/v1/patients/{p}/invitations", patientId).then().statusCode(201);
        as(owner).header("Idempotency-Key", "erase-log-" + tag).body("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":6,\"triggers\":[\"SITTING\"],"
                + "\"locations\":[{\"region\":\"NECK\"}],\"qualities\":[\"DULL\"],\"symptoms\":[\"NIGHT_PAIN\"],"
                + "\"reliefMeasures\":[{\"measure\":\"HEAT\"}],\"medications\":[{\"name\":\"Ibuprofen\",\"dose\":400,"
                + "\"unit\":\"mg\"}]}").post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(201);
        as(owner).body("{\"exerciseSlug\":\"walking\",\"performedAt\":\"2026-11-01T08:00:00Z\",\"durationMinutes\":10,"
                + "\"painBefore\":5,\"painAfter\":4,\"withPartner\":true}")
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(201);
        as(owner).body("{\"instrument\":\"PHQ-2\",\"completedAt\":\"2026-11-01T08:00:00Z\","
                + "\"answers\":{\"PHQ2-1\":2,\"PHQ2-2\":2}}").post("/v1/patients/{p}/outcomes", patientId)
                .then().statusCode(201);
        as(owner).header("If-Match", "\"0\"").body("{\"everyDays\":{\"PEG\":14}}")
                .put("/v1/patients/{p}/outcomes/schedule", patientId).then().statusCode(200);
        String planId = as(owner).body(PlanBodies.plan(partner)).post("/v1/patients/{p}/partner-plans", patientId)
                .then().statusCode(201).extract().path("id");
        as(owner).body("{}").post("/v1/patients/{p}/partner-plans/{plan}/check-ins", patientId, planId)
                .then().statusCode(201);
        PATIENT_TABLES.forEach(table -> assertEquals(true, count(table, patientId) > 0, table + " before"));

        as(owner).delete("/v1/patients/{p}", patientId).then().statusCode(204);

        PATIENT_TABLES.forEach(table -> assertEquals(0L, count(table, patientId), table + " after erasure"));
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from plan_check_in c where c.plan_id = ?1")
                .setParameter(1, UUID.fromString(planId)).getSingleResult()).longValue());
    }

    private long count(String table, String patientId) {
        String column = table.equals("patient") ? "id" : "patient_id";
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                .setParameter(1, UUID.fromString(patientId)).getSingleResult()).longValue();
    }
}
