package org.backcare.exercise;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcare.patient.Condition;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For every condition and every phase, checked against the whole catalog: nothing
 * contraindicated and nothing outside the phase is ever recommended, and everything else is.
 */
@QuarkusTest
class RecommendationSafetyTest {

    @Inject
    ExerciseCatalog catalog;

    @ParameterizedTest
    @EnumSource(Condition.class)
    void neverRecommendsWhatTheConditionRulesOut(Condition condition) {
        Map<String, Exercise> all = catalog.current().entries().stream().map(ExerciseCatalog.Versioned::exercise)
                .collect(Collectors.toMap(Exercise::slug, e -> e));
        for (var onset : Map.of("ACUTE", 3, "SUBACUTE", 40, "CHRONIC", 200).entrySet()) {
            String token = Api.token("safety-" + UUID.randomUUID(), "patient");
            String patientId = as(token).body("{\"displayName\":\"S\",\"condition\":\"" + condition
                            + "\",\"painOnsetDate\":\"" + LocalDate.now().minusDays(onset.getValue()) + "\"}")
                    .post("/v1/patients").then().statusCode(201).extract().path("id");
            List<String> recommended = as(token).get("/v1/patients/{p}/exercise-recommendations", patientId)
                    .then().statusCode(200).body("phase", equalTo(onset.getKey()))
                    .extract().path("exercises.exercise.slug");
            for (Exercise exercise : all.values()) {
                boolean allowed = !exercise.contraindications().contains(condition)
                        && exercise.phases().stream().anyMatch(p -> p.name().equals(onset.getKey()));
                assertTrue(allowed == recommended.contains(exercise.slug()),
                        exercise.slug() + " for " + condition + " in " + onset.getKey());
            }
        }
    }

    @Test
    void conditionSpecificExamples() {
        List<String> disc = recommendedFor("DISC_INJURY");
        assertFalse(disc.contains("knee-to-chest"));
        assertFalse(disc.contains("standing-hamstring-stretch"));
        List<String> facet = recommendedFor("FACET_SYNDROME");
        assertFalse(facet.contains("mckenzie-extension"));
        assertTrue(facet.contains("cat-cow"));
        assertFalse(recommendedFor("OSTEOARTHRITIS").contains("mckenzie-extension"));
    }

    @Test
    void catCowCarriesTheExtensionCautionForFacetSyndrome() {
        String token = Api.token("caution-" + UUID.randomUUID(), "patient");
        String patientId = patient(token, "FACET_SYNDROME");
        List<List<String>> cautions = as(token).get("/v1/patients/{p}/exercise-recommendations", patientId).then()
                .extract().path("exercises.findAll { it.exercise.slug == 'cat-cow' }.cautions");
        assertTrue(cautions.get(0).stream().anyMatch(c -> c.contains("cow")), cautions.toString());
    }

    @Test
    void anOpenRedFlagBlocksEveryExerciseUntilCareIsSought() {
        String token = Api.token("blocked-" + UUID.randomUUID(), "patient");
        String patientId = patient(token, "NONSPECIFIC");
        String screening = as(token).body("{\"answers\":{\"LEG_WEAKNESS_BOTH\":true}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201).extract().path("id");
        as(token).get("/v1/patients/{p}/exercise-recommendations", patientId).then().statusCode(200)
                .body("blocked", equalTo(true))
                .body("exercises", empty())
                .body("seekCare.screeningId", equalTo(screening))
                .body("seekCare.triage", equalTo("EMERGENCY"))
                .body("seekCare.action", notNullValue());
        as(token).body("{\"careSought\":\"EMERGENCY_DEPARTMENT\"}")
                .post("/v1/patients/{p}/screenings/{s}/resolution", patientId, screening).then().statusCode(201);
        as(token).get("/v1/patients/{p}/exercise-recommendations", patientId).then()
                .body("blocked", equalTo(false)).body("exercises", not(empty()));
    }

    @Test
    void whatHelpedTheirOwnSessionsComesFirst() {
        String token = Api.token("helped-" + UUID.randomUUID(), "patient");
        String patientId = patient(token, "NONSPECIFIC");
        session(token, patientId, "swimming", 7, 3);
        session(token, patientId, "walking", 5, 4);
        session(token, patientId, "pelvic-tilt", 4, 6);
        List<String> order = as(token).get("/v1/patients/{p}/exercise-recommendations", patientId).then()
                .body("exercises[0].reasons[2]", org.hamcrest.Matchers.containsString("fell by 4.0"))
                .extract().path("exercises.exercise.slug");
        assertTrue(order.indexOf("swimming") == 0 && order.indexOf("walking") == 1, order.toString());
        assertTrue(order.indexOf("pelvic-tilt") == order.size() - 1, order.toString());
    }

    private static void session(String token, String patientId, String slug, int before, int after) {
        as(token).body("{\"exerciseSlug\":\"" + slug + "\",\"performedAt\":\"2026-11-01T08:00:00Z\","
                + "\"durationMinutes\":20,\"painBefore\":" + before + ",\"painAfter\":" + after + ",\"withPartner\":true}")
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(201);
    }

    private static String patient(String token, String condition) {
        return as(token).body("{\"displayName\":\"S\",\"condition\":\"" + condition + "\",\"painOnsetDate\":\""
                + LocalDate.now().minusDays(200) + "\"}").post("/v1/patients").then().statusCode(201).extract().path("id");
    }

    private static List<String> recommendedFor(String condition) {
        String token = Api.token("example-" + UUID.randomUUID(), "patient");
        return as(token).get("/v1/patients/{p}/exercise-recommendations", patient(token, condition)).then()
                .extract().path("exercises.exercise.slug");
    }
}
