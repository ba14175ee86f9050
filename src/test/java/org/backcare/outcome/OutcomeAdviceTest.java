package org.backcare.outcome;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsStringIgnoringCase;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recent PHQ-2 speaks for mood in place of the diary's mood slider; a positive PHQ-2 or GAD-2
 * asks the person to talk to a doctor without naming a condition; only readers of outcome results
 * are told what came from them.
 */
@QuarkusTest
class OutcomeAdviceTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String owner;
    private String patientId;

    @BeforeEach
    void patientWithThreeLowMoodDays() {
        owner = Api.token("advice-" + tag, "patient");
        patientId = as(owner).body("{\"displayName\":\"A\"}").post("/v1/patients").then().statusCode(201)
                .extract().path("id");
        for (int day = 1; day <= 3; day++) {
            as(owner).body("{\"recordedAt\":\"" + ago(day) + "\",\"intensity\":4,\"mood\":1}")
                    .post("/v1/patients/{id}/pain-logs", patientId).then().statusCode(201);
        }
    }

    private static Instant ago(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    private void outcome(String instrument, Instant at, String answers) {
        as(owner).body("{\"instrument\":\"" + instrument + "\",\"completedAt\":\"" + at + "\",\"answers\":" + answers
                + "}").post("/v1/patients/{p}/outcomes", patientId).then().statusCode(201);
    }

    private String screening() {
        return as(owner).body("{\"answers\":{\"NIGHT_PAIN\":false}}").post("/v1/patients/{id}/screenings", patientId)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void withoutARecentScreenTheDiaryMoodStands() {
        outcome("PHQ-2", ago(15), "{\"PHQ2-1\":3,\"PHQ2-2\":3}");   // outside the two weeks
        as(owner).get("/v1/patients/{id}/screenings/{s}", patientId, screening()).then().statusCode(200)
                .body("result.advice.code", containsInAnyOrder("LOW_MOOD"));
    }

    @Test
    void aRecentNegativePhq2ReplacesTheMoodSlider() {
        outcome("PHQ-2", ago(2), "{\"PHQ2-1\":1,\"PHQ2-2\":1}");
        outcome("GAD-2", ago(2), "{\"GAD2-1\":1,\"GAD2-2\":1}");
        as(owner).get("/v1/patients/{id}/screenings/{s}", patientId, screening()).then().statusCode(200)
                .body("result.advice", empty());
    }

    @Test
    void lowMoodNotedAfterANegativeScreenIsStillNamed() {
        outcome("PHQ-2", ago(10), "{\"PHQ2-1\":0,\"PHQ2-2\":1}");   // the three low-mood days come after it
        as(owner).get("/v1/patients/{id}/screenings/{s}", patientId, screening()).then().statusCode(200)
                .body("result.advice.code", containsInAnyOrder("LOW_MOOD"))
                .body("result.advice[0].message", containsStringIgnoringCase("since your last mood questionnaire"));
    }

    @Test
    void positiveScreensAskForADoctorAndNameNoCondition() {
        outcome("PHQ-2", ago(3), "{\"PHQ2-1\":0,\"PHQ2-2\":0}");
        outcome("PHQ-2", ago(1), "{\"PHQ2-1\":2,\"PHQ2-2\":1}");   // the newest one counts
        outcome("GAD-2", ago(1), "{\"GAD2-1\":3,\"GAD2-2\":0}");
        as(owner).get("/v1/patients/{id}/screenings/{s}", patientId, screening()).then().statusCode(200)
                .body("result.advice.code", containsInAnyOrder("MOOD_SCREEN_POSITIVE", "WORRY_SCREEN_POSITIVE"))
                .body("result.advice.message", everyItem(containsStringIgnoringCase("doctor")))
                .body("result.advice.message", everyItem(not(containsStringIgnoringCase("depress"))))
                .body("result.advice.message", everyItem(not(containsStringIgnoringCase("disorder"))))
                .body("result.advice.message", everyItem(not(containsStringIgnoringCase("anxi"))))
                .body("result.advice.message", everyItem(not(containsStringIgnoringCase("GAD"))))
                .body("result.advice.message", everyItem(not(containsStringIgnoringCase("you have"))));
    }

    @Test
    void onlyReadersOfOutcomesAreToldWhatCameFromThem() {
        outcome("PHQ-2", ago(1), "{\"PHQ2-1\":3,\"PHQ2-2\":1}");
        String screeningId = screening();
        String clinician = grantee("clinician", "CLINICIAN", "screenings:read", "pain-logs:read");
        String clinicianWithOutcomes = grantee("clinician", "CLINICIAN", "screenings:read", "outcomes:read");
        String partner = grantee("partner", "PARTNER", "screenings:read");
        String partnerWithOutcomes = grantee("partner", "PARTNER", "screenings:read", "outcomes:read");
        // Without outcomes:read a clinician gets the diary's own advice, as if no PHQ-2 existed.
        as(clinician).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then().statusCode(200)
                .body("result.advice.code", containsInAnyOrder("LOW_MOOD"));
        as(clinicianWithOutcomes).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then()
                .statusCode(200).body("result.advice.code", containsInAnyOrder("MOOD_SCREEN_POSITIVE"));
        // The diary entries are shared, so a partner reads the diary advice; the PHQ-2 only with outcomes:read.
        as(partner).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then().statusCode(200)
                .body("result.advice.code", containsInAnyOrder("LOW_MOOD"));
        as(partnerWithOutcomes).get("/v1/patients/{id}/screenings/{s}", patientId, screeningId).then()
                .statusCode(200).body("result.advice.code", containsInAnyOrder("MOOD_SCREEN_POSITIVE"));
    }

    private String grantee(String role, String relationship, String... scopes) {
        String subject = role + "-" + UUID.randomUUID();
        Api.grant(owner, patientId, subject, relationship, scopes);
        return Api.token(subject, role);
    }
}
