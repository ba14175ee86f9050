package org.backcare.partnerplan;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.exercise.Exercise;
import org.backcare.exercise.ExerciseCatalog;
import org.backcare.patient.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class PlanDraftTest {

    @Inject
    ExerciseCatalog catalog;

    @ParameterizedTest
    @EnumSource(Condition.class)
    void theDraftHandsOverTheRightMovementsAndOnlySafeExercises(Condition condition) {
        PlanFixture f = new PlanFixture(condition.name(), 200);
        var draft = as(f.ownerToken).body("{\"partnerSubject\":\"" + f.partner + "\"}")
                .post(f.path() + "/draft").then().statusCode(200).extract();
        Set<Movement> handOver = Movement.toHandOver(condition);
        List<Map<String, Object>> tasks = draft.path("householdTasks");
        assertFalse(tasks.isEmpty());
        for (Map<String, Object> task : tasks) {
            @SuppressWarnings("unchecked")
            List<String> movements = (List<String>) task.get("movements");
            boolean hurts = movements.stream().map(Movement::valueOf).anyMatch(handOver::contains);
            assertEquals(hurts ? "PARTNER" : "SHARED", task.get("assignedTo"), task.toString());
        }
        Map<String, Exercise> all = catalog.current().entries().stream().map(ExerciseCatalog.Versioned::exercise)
                .collect(Collectors.toMap(Exercise::slug, e -> e));
        List<String> slugs = draft.path("sharedExercises.slug");
        assertFalse(slugs.isEmpty());
        for (String slug : slugs) {
            assertFalse(all.get(slug).contraindications().contains(condition), slug + " for " + condition);
            assertTrue(all.get(slug).partnerRole() != org.backcare.exercise.PartnerRole.NONE, slug);
        }
        // Nothing was saved; the draft is a valid plan as it stands.
        as(f.ownerToken).get(f.path()).then().body("items", hasSize(0));
        as(f.ownerToken).body(draft.body().asString()).post(f.path()).then().statusCode(201);
    }

    @Test
    void discInjuryHandsOverBendingAndLiftingAndFacetSyndromeReachingAndStanding() {
        assertEquals(Set.of(Movement.BENDING, Movement.LIFTING), Movement.toHandOver(Condition.DISC_INJURY));
        assertEquals(Set.of(Movement.REACHING_OVERHEAD, Movement.STANDING_LONG),
                Movement.toHandOver(Condition.FACET_SYNDROME));
        assertEquals(Set.of(Movement.REACHING_OVERHEAD, Movement.STANDING_LONG),
                Movement.toHandOver(Condition.OSTEOARTHRITIS));
    }

    @Test
    void theDraftCarriesTheSeedDefaultsAndTheRecentTriggers() {
        PlanFixture f = new PlanFixture("DISC_INJURY", 10);
        f.log(5, ",\"triggers\":[\"SITTING\"]");
        as(f.ownerToken).body("{\"partnerSubject\":\"" + f.partner + "\"}").post(f.path() + "/draft").then()
                .statusCode(200)
                .body("pauseSignal.phrase", equalTo("Let's pause"))
                .body("checkInSchedule.everyDays", equalTo(7))
                .body("flareProtocol.steps", hasSize(5))
                .body("flareProtocol.steps[0]", org.hamcrest.Matchers.startsWith("Stop"))
                .body("supportPreferences.wanted", hasItem("Remind me to get up and move every half hour."))
                .body("sharedExercises.slug", org.hamcrest.Matchers.not(hasItem("yoga-for-back-pain")));
    }

    @Test
    void onlyThePatientDrafts() {
        PlanFixture f = new PlanFixture("NONSPECIFIC", 10);
        as(f.partnerToken).body("{\"partnerSubject\":\"" + f.partner + "\"}").post(f.path() + "/draft").then()
                .statusCode(403);
    }
}
