package org.backcare.partnerplan;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanTodayTest {

    private static String today(PlanFixture f, String token, String planId) {
        return "/v1/partner-plans/" + planId + "/today";
    }

    @Test
    void aBadDayMeansTakingOverTasksAndOfferingComfort() {
        PlanFixture f = new PlanFixture("DISC_INJURY", 200);
        String planId = f.create();
        f.log(8, "");
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then().statusCode(200)
                .body("day", equalTo("BAD_DAY"))
                .body("items.kind", hasItem("TAKE_OVER_TASK"))
                .body("items.kind", hasItem("OFFER_HEAT_OR_MASSAGE"))
                .body("items.kind", hasItem("SHORTER_SESSION"))
                .body("items.find { it.kind == 'TAKE_OVER_TASK' }.text", containsString("Cooking"))
                .body("items.find { it.kind == 'TAKE_OVER_TASK' }.source", startsWith("pain-log:"))
                .body("items.kind", not(hasItem("SHARED_EXERCISE_DUE")));
    }

    @Test
    void aDayAboveTheFourteenDayBaselineIsABadDayToo() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 200);
        String planId = f.create();
        f.logDaysAgo(3, 2);
        f.logDaysAgo(5, 3);
        f.log(5, "");
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then().body("day", equalTo("BAD_DAY"));
    }

    @Test
    void aGoodDayMeansTheSharedExerciseThatIsDue() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 200);
        String planId = f.create();
        f.logDaysAgo(3, 5);
        f.logDaysAgo(5, 6);
        f.log(3, "");
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then()
                .body("day", equalTo("GOOD_DAY"))
                .body("items.find { it.kind == 'SHARED_EXERCISE_DUE' }.text", containsString("walking"))
                .body("items.find { it.kind == 'SHARED_EXERCISE_DUE' }.source", equalTo("rule:shared-exercise-target"))
                .body("items.kind", not(hasItem("TAKE_OVER_TASK")));
    }

    @Test
    void anOpenRedFlagMeansOnlySeekCare() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 200, "plans:read", "plans:write", "screenings:read");
        String planId = f.create();
        f.log(9, ",\"symptoms\":[\"SADDLE_NUMBNESS\"]");
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then()
                .body("day", equalTo("SEEK_CARE"))
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("SEEK_CARE_NOW"))
                .body("items[0].text", containsString("emergency department"))
                .body("items[0].source", startsWith("screening:"));
    }

    @Test
    void anOpenRedFlagThePartnerMayNotSeeOnlyPausesThePlan() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 200);
        String planId = f.create();
        f.log(9, ",\"symptoms\":[\"SADDLE_NUMBNESS\"]");
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then()
                .body("day", equalTo("PAUSED"))
                .body("items[0].kind", equalTo("CHECK_IN_WITH_PATIENT"))
                .body("items.source", everyItem(not(startsWith("screening:"))))
                .body("items.source", everyItem(not(startsWith("pain-log:"))));
    }

    @Test
    void noEntryYetMeansAskingHowTheyAre() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 200);
        String planId = f.create();
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then()
                .body("day", equalTo("NO_ENTRY_YET"))
                .body("items.kind", hasItem("ASK_HOW_THEY_ARE"))
                .body("items.kind", hasItem("SHARED_EXERCISE_DUE"));
    }

    @Test
    void thePartnerIgnoresPrivateEntriesAndSeesDosesOnlyWhenOptedIn() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 200);
        String planId = f.create();
        f.log(9, ",\"private\":true,\"medications\":[{\"name\":\"Ibuprofen\",\"dose\":1600,\"unit\":\"mg\"}]");
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then()
                .body("day", equalTo("NO_ENTRY_YET"))
                .body("items.kind", not(hasItem("MEDICATION_ABOVE_MAXIMUM")));
        as(f.ownerToken).get(today(f, f.ownerToken, planId)).then()
                .body("day", equalTo("BAD_DAY"))
                .body("items.kind", hasItem("MEDICATION_ABOVE_MAXIMUM"));
        f.log(4, ",\"medications\":[{\"name\":\"Ibuprofen\",\"dose\":1600,\"unit\":\"mg\"}]");
        as(f.partnerToken).get(today(f, f.partnerToken, planId)).then()
                .body("items.kind", hasItem("MEDICATION_ABOVE_MAXIMUM"))
                .body("items.source", everyItem(not(containsString("null"))));
    }

    @Test
    void strangersAndClinicianGrantsSeeNoPlan() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 200);
        String planId = f.create();
        String clinician = "today-clinician-" + f.tag;
        org.backcare.support.Api.grant(f.ownerToken, f.patientId, clinician, "CLINICIAN", "plans:read");
        as(org.backcare.support.Api.token(clinician, "clinician")).get(today(f, null, planId)).then().statusCode(404);
        as(org.backcare.support.Api.token("today-stranger-" + f.tag, "partner")).get(today(f, null, planId))
                .then().statusCode(404);
        as(f.ownerToken).get("/v1/partner-plans/{id}/today", java.util.UUID.randomUUID()).then().statusCode(404);
        as(org.backcare.support.Api.token(clinician, "clinician")).get(f.path()).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }
}
