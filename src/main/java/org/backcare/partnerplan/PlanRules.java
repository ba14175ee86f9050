package org.backcare.partnerplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.access.PatientAccess;
import org.backcare.access.Relationship;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.backcare.common.Violation;
import org.backcare.exercise.Exercise;
import org.backcare.exercise.ExerciseCatalog;
import org.backcare.patient.PatientDirectory;
import org.backcare.patient.Phase;

/**
 * What a plan must respect beyond field bounds: a partner who holds a PARTNER grant, tasks the
 * patient keeps that do not need a movement their condition makes worse, shared exercises that
 * exist and are safe for the condition and phase, and sensible dates.
 */
@ApplicationScoped
class PlanRules {

    static final int MAX_YEARS_AHEAD = 5;

    private final PatientAccess access;
    private final PatientDirectory patients;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    PlanRules(PatientAccess access, PatientDirectory patients, ExerciseCatalog catalog, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.catalog = catalog;
        this.clock = clock;
    }

    void check(UUID patientId, PlanInput plan) {
        List<Violation> violations = new ArrayList<>();
        boolean partner = access.liveGrant(patientId, plan.partnerSubject())
                .filter(g -> g.relationship() == Relationship.PARTNER).isPresent();
        if (!partner) {
            violations.add(new Violation("partnerSubject", "must hold a live PARTNER grant from the patient"));
        }
        PatientDirectory.Facts facts = patients.facts(patientId, LocalDate.now(clock));
        Set<Movement> handOver = Movement.toHandOver(facts.condition());
        for (int i = 0; i < plan.householdTasks().size(); i++) {
            PlanParts.HouseholdTask task = plan.householdTasks().get(i);
            List<Movement> hurting = task.movements().stream().filter(handOver::contains).sorted().toList();
            if (task.assignedTo() == PlanParts.Assignee.PATIENT && !hurting.isEmpty()) {
                violations.add(new Violation("householdTasks[" + i + "].assignedTo", "needs " + hurting
                        + ", which the patient's condition makes worse; assign it to PARTNER or SHARED"));
            }
        }
        Phase phase = facts.phaseOrAssumed();
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < plan.sharedExercises().size(); i++) {
            String slug = plan.sharedExercises().get(i).slug();
            String field = "sharedExercises[" + i + "].slug";
            Exercise exercise = catalog.current().find(slug).map(ExerciseCatalog.Versioned::exercise).orElse(null);
            if (!slugs.add(slug)) {
                violations.add(new Violation(field, "is listed twice"));
            } else if (exercise == null) {
                violations.add(new Violation(field, "is not an exercise in the catalog"));
            } else if (exercise.contraindications().contains(facts.condition())) {
                violations.add(new Violation(field, "is not safe with the patient's condition"));
            } else if (!exercise.phases().contains(phase)) {
                violations.add(new Violation(field, "does not suit the " + phase + " phase"));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(facts.timeZone()));
        for (int i = 0; i < plan.goals().size(); i++) {
            PlanParts.Goal goal = plan.goals().get(i);
            if (goal.targetDate() != null && goal.targetDate().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                violations.add(new Violation("goals[" + i + "].targetDate", "must be within five years"));
            }
            if (goal.achievedAt() != null && goal.achievedAt().isAfter(clock.instant())) {
                violations.add(new Violation("goals[" + i + "].achievedAt", "must not be in the future"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The plan has invalid values.", violations);
        }
    }
}
