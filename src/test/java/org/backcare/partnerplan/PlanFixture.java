package org.backcare.partnerplan;

import static org.backcare.support.Api.as;

import java.time.LocalDate;
import java.util.UUID;
import org.backcare.support.Api;

/** A patient with a condition, a partner holding a PARTNER grant, and plan bodies to post. */
final class PlanFixture {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String ownerToken = Api.token("plan-owner-" + tag, "patient");
    final String partner = "plan-partner-" + tag;
    final String partnerToken = Api.token(partner, "partner");
    final String patientId;
    final String partnerGrantId;

    PlanFixture(String condition, int onsetDaysAgo, String... partnerScopes) {
        patientId = as(ownerToken).body("{\"displayName\":\"P\",\"condition\":\"" + condition + "\",\"painOnsetDate\":\""
                        + LocalDate.now().minusDays(onsetDaysAgo) + "\",\"timeZone\":\"UTC\","
                        + "\"medications\":[{\"name\":\"Ibuprofen\",\"maxDailyDose\":1200,\"unit\":\"mg\"}]}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
        String[] scopes = partnerScopes.length == 0 ? new String[] {"plans:read", "plans:write"} : partnerScopes;
        partnerGrantId = Api.grant(ownerToken, patientId, partner, "PARTNER", scopes).path("id");
    }

    String path() {
        return "/v1/patients/" + patientId + "/partner-plans";
    }

    /** A valid plan for a disc injury: bending and lifting go to the partner. */
    String plan(String tasks, String exercises, String goals) {
        return """
                {"partnerSubject":"%s","partnerMayEdit":["GOALS","HOUSEHOLD_TASKS"],
                 "supportPreferences":{"wanted":["Ask before helping"],"notWanted":["Fussing"]},
                 "pauseSignal":{"phrase":"Let's pause"},
                 "comfortChecklist":{"positions":["Side-lying"],"props":["WEDGE_PILLOW"],"timesOfDay":["MORNING"]},
                 "checkInSchedule":{"everyDays":7},
                 "householdTasks":%s,
                 "sharedExercises":%s,
                 "goals":%s,
                 "medicationSupport":{"optedIn":true},
                 "flareProtocol":{"steps":["Stop","Rest on your side","Heat","Slow breathing","Call for help if red flags"]}}
                """.formatted(partner, tasks, exercises, goals);
    }

    String plan() {
        return plan("[{\"name\":\"Laundry\",\"movements\":[\"BENDING\",\"LIFTING\"],\"assignedTo\":\"PARTNER\"},"
                        + "{\"name\":\"Cooking\",\"movements\":[\"STANDING_LONG\"],\"assignedTo\":\"PATIENT\"}]",
                "[{\"slug\":\"walking\",\"timesPerWeek\":3}]",
                "[{\"text\":\"Walk to the park together\",\"targetDate\":\"" + LocalDate.now().plusDays(14) + "\"}]");
    }

    String create() {
        return as(ownerToken).body(plan()).post(path()).then().statusCode(201).extract().path("id");
    }

    /** An entry of today (UTC, the fixture's zone): half an hour ago, or midnight if that was yesterday. */
    void log(int intensity, String extra) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        java.time.OffsetDateTime recordedAt = java.util.Collections.max(
                java.util.List.of(now.minusMinutes(30), now.truncatedTo(java.time.temporal.ChronoUnit.DAYS)));
        as(ownerToken).body("{\"recordedAt\":\"" + recordedAt.toInstant()
                + "\",\"intensity\":" + intensity + extra + "}").post("/v1/patients/{p}/pain-logs", patientId)
                .then().statusCode(201);
    }

    void logDaysAgo(int days, int intensity) {
        as(ownerToken).body("{\"recordedAt\":\"" + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(days)
                + "\",\"intensity\":" + intensity + "}").post("/v1/patients/{p}/pain-logs", patientId)
                .then().statusCode(201);
    }
}
