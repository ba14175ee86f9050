package org.backcare.partnerplan;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerPlanTest {

    @Test
    void aPlanIsCreatedWithEveryPart() {
        PlanFixture f = new PlanFixture("DISC_INJURY", 200);
        var created = as(f.ownerToken).body(f.plan()).post(f.path()).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("plan.partnerSubject", equalTo(f.partner))
                .body("plan.status", equalTo("ACTIVE"))
                .body("plan.pauseSignal.phrase", equalTo("Let's pause"))
                .body("plan.householdTasks[0].movements", contains("BENDING", "LIFTING"))
                .body("plan.goals[0].id", notNullValue())
                .body("plan.flareProtocol.steps[0]", equalTo("Stop"))
                .body("checkIns.everyDays", equalTo(7))
                .body("checkIns.overdue", equalTo(false));
        // The server's clock and the patient's zone (UTC) decide the day, not this JVM's.
        String createdAt = created.extract().path("createdAt");
        created.body("checkIns.nextDue", equalTo(utcDay(createdAt).plusDays(7).toString()));
        as(f.partnerToken).get(f.path()).then().statusCode(200).body("items", hasSize(1));
        as(f.ownerToken).body(f.plan()).post(f.path()).then().statusCode(409);
    }

    @Test
    void plansAreValidated() {
        PlanFixture f = new PlanFixture("DISC_INJURY", 10);
        String goal = "[{\"text\":\"g\"}]";
        String walking = "[{\"slug\":\"walking\",\"timesPerWeek\":3}]";
        bad(f, f.plan("[{\"name\":\"Laundry\",\"movements\":[\"BENDING\"],\"assignedTo\":\"PATIENT\"}]", walking, goal),
                "householdTasks[0].assignedTo");
        bad(f, f.plan("[{\"name\":\"Laundry\",\"movements\":[\"JUGGLING\"],\"assignedTo\":\"PARTNER\"}]", walking, goal),
                "householdTasks[0].movements[0]");
        bad(f, f.plan("[{\"name\":\"Laundry\",\"movements\":[],\"assignedTo\":\"PARTNER\"}]", walking, goal),
                "householdTasks[0].movements");
        bad(f, f.plan("[]", "[{\"slug\":\"no-such-exercise\",\"timesPerWeek\":3}]", goal), "sharedExercises[0].slug");
        bad(f, f.plan("[]", "[{\"slug\":\"knee-to-chest\",\"timesPerWeek\":3}]", goal), "sharedExercises[0].slug");
        bad(f, f.plan("[]", "[{\"slug\":\"yoga-for-back-pain\",\"timesPerWeek\":3}]", goal), "sharedExercises[0].slug");
        bad(f, f.plan("[]", "[{\"slug\":\"walking\",\"timesPerWeek\":30}]", goal), "sharedExercises[0].timesPerWeek");
        bad(f, f.plan("[]", walking, "[{\"text\":\"g\",\"targetDate\":\"" + LocalDate.now().plusYears(9) + "\"}]"),
                "goals[0].targetDate");
        bad(f, f.plan("[]", walking, "[{\"text\":\"g\",\"achievedAt\":\"" + Instant.now().plusSeconds(86_400) + "\"}]"),
                "goals[0].achievedAt");
        bad(f, f.plan("[]", walking, goal).replace("\"everyDays\":7", "\"everyDays\":0"), "checkInSchedule.everyDays");
        bad(f, f.plan("[]", walking, goal).replace(f.partner, "someone-without-a-grant"), "partnerSubject");
        as(f.ownerToken).get(f.path()).then().body("items", hasSize(0));
    }

    @Test
    void aClinicianCannotBeThePartner() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 100);
        String clinician = "plan-clinician-" + f.tag;
        Api.grant(f.ownerToken, f.patientId, clinician, "CLINICIAN", "plans:read");
        bad(f, f.plan().replace(f.partner, clinician), "partnerSubject");
    }

    private static void bad(PlanFixture f, String body, String field) {
        Api.raw().header("Authorization", "Bearer " + f.ownerToken).contentType("application/json").body(body)
                .post(f.path()).then().statusCode(400).body("violations.field", hasItem(field));
    }

    @Test
    void thePartnerEditsOnlyThePartsThePatientAllowed() {
        PlanFixture f = new PlanFixture("DISC_INJURY", 200);
        String planId = f.create();
        String plan = f.path() + "/" + planId;
        as(f.partnerToken).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"goals\":[{\"text\":\"Cinema night\"}]}").patch(plan).then().statusCode(200)
                .header("ETag", "\"2\"").body("plan.goals[0].text", equalTo("Cinema night"));
        as(f.partnerToken).contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body("{\"pauseSignal\":{\"phrase\":\"Stop now\"}}").patch(plan).then().statusCode(403)
                .body("detail", containsString("PAUSE_SIGNAL"));
        as(f.partnerToken).contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body("{\"partnerMayEdit\":[\"PAUSE_SIGNAL\"]}").patch(plan).then().statusCode(403);
        as(f.partnerToken).contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body("{\"status\":\"ARCHIVED\"}").patch(plan).then().statusCode(403);
        as(f.ownerToken).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"pauseSignal\":{\"phrase\":\"Stop now\"}}").patch(plan).then().statusCode(412);
        as(f.ownerToken).contentType("application/merge-patch+json")
                .body("{\"pauseSignal\":{\"phrase\":\"Stop now\"}}").patch(plan).then().statusCode(428);
        as(f.ownerToken).contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body("{\"pauseSignal\":{\"phrase\":\"Stop now\"}}").patch(plan).then().statusCode(200)
                .body("plan.pauseSignal.phrase", equalTo("Stop now"));
    }

    @Test
    void aPartnerWhoMayOnlyReadCannotEdit() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 100, "plans:read");
        String planId = f.create();
        as(f.partnerToken).get(f.path() + "/" + planId).then().statusCode(200);
        as(f.partnerToken).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"goals\":[]}").patch(f.path() + "/" + planId).then().statusCode(403);
        as(f.partnerToken).body("{\"whatIsWorking\":\"walks\"}").post(f.path() + "/" + planId + "/check-ins")
                .then().statusCode(403);
    }

    @Test
    void losingTheGrantFreezesThePartnerOutAtOnce() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 100);
        String planId = f.create();
        as(f.partnerToken).get("/v1/partner-plans/{id}/today", planId).then().statusCode(200);
        as(f.ownerToken).delete("/v1/patients/{p}/grants/{g}", f.patientId, f.partnerGrantId).then().statusCode(204);
        as(f.partnerToken).get(f.path() + "/" + planId).then().statusCode(404);
        as(f.partnerToken).get("/v1/partner-plans/{id}/today", planId).then().statusCode(404);
        as(f.partnerToken).body("{\"whatIsWorking\":\"walks\"}").post(f.path() + "/" + planId + "/check-ins")
                .then().statusCode(404);
        as(f.ownerToken).get(f.path() + "/" + planId).then().statusCode(200);
    }

    @Test
    void checkInsMoveTheNextDueDateAndShowWhenOverdue() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 100);
        String planId = f.create();
        String heldAt = Instant.now().minusSeconds(10 * 86_400).toString();
        as(f.partnerToken).body("{\"heldAt\":\"" + heldAt + "\",\"whatIsWorking\":\"Evening walks\","
                        + "\"whatToChange\":\"Less sitting\",\"patientRating\":6,\"partnerRating\":7,"
                        + "\"changesAgreed\":\"Stand up every half hour\"}")
                .post(f.path() + "/" + planId + "/check-ins").then().statusCode(201)
                .body("recordedBy", equalTo(f.partner));
        as(f.ownerToken).get(f.path() + "/" + planId).then()
                .body("checkIns.nextDue", equalTo(utcDay(heldAt).plusDays(7).toString()))
                .body("checkIns.overdue", equalTo(true));
        Api.raw().header("Authorization", "Bearer " + f.ownerToken).contentType("application/json")
                .body("{\"patientRating\":11}").post(f.path() + "/" + planId + "/check-ins").then().statusCode(400)
                .body("violations[0].field", equalTo("patientRating"));
        as(f.ownerToken).body("{\"patientRating\":8}").post(f.path() + "/" + planId + "/check-ins").then()
                .statusCode(201);
        as(f.ownerToken).get(f.path() + "/" + planId).then().body("checkIns.overdue", equalTo(false));
        as(f.partnerToken).get(f.path() + "/" + planId + "/check-ins").then().body("items", hasSize(2));
        as(f.partnerToken).get("/v1/partner-plans/{id}/today", planId).then()
                .body("items.kind", org.hamcrest.Matchers.not(hasItem("CHECK_IN_DUE")));
    }

    @Test
    void reachingAGoalRecordsAnAchievement() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 100);
        String planId = f.create();
        String plan = f.path() + "/" + planId;
        String goalId = as(f.ownerToken).get(plan).then().extract().path("plan.goals[0].id");
        String achieved = Instant.now().minusSeconds(60).toString();
        as(f.partnerToken).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"goals\":[{\"id\":\"" + goalId + "\",\"text\":\"Walk to the park together\",\"achievedAt\":\""
                        + achieved + "\"}]}").patch(plan).then().statusCode(200);
        as(f.ownerToken).get(plan + "/achievements").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].goalId", equalTo(goalId))
                .body("items[0].recordedBy", equalTo(f.partner))
                .body("items[0].celebration", containsString("celebrate"));
    }

    @Test
    void archivedPlansStayReadableButFrozen() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 100);
        String planId = f.create();
        String plan = f.path() + "/" + planId;
        as(f.ownerToken).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"status\":\"ARCHIVED\"}").patch(plan).then().statusCode(200)
                .body("plan.status", equalTo("ARCHIVED"));
        as(f.ownerToken).contentType("application/merge-patch+json").header("If-Match", "\"2\"")
                .body("{\"goals\":[]}").patch(plan).then().statusCode(409);
        as(f.ownerToken).body("{}").post(plan + "/check-ins").then().statusCode(409);
        as(f.ownerToken).get(plan).then().statusCode(200);
        f.create();
    }

    private static LocalDate utcDay(String instant) {
        return OffsetDateTime.parse(instant).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
