package org.backcare.exercise;

import java.util.ArrayList;
import java.util.List;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.backcare.common.Violation;

/** Dosage bounds that depend on which part of the dosage it is, and ranges that must run upwards. */
final class ExerciseRules {

    private ExerciseRules() {
    }

    static List<Violation> violations(Exercise exercise) {
        List<Violation> violations = new ArrayList<>();
        Exercise.Dosage dosage = exercise.dosage();
        if (dosage == null) {
            return violations;
        }
        check(violations, "dosage.holdSeconds", dosage.holdSeconds(), 600);
        check(violations, "dosage.repetitions", dosage.repetitions(), 100);
        check(violations, "dosage.sets", dosage.sets(), 20);
        check(violations, "dosage.durationMinutes", dosage.durationMinutes(), 180);
        check(violations, "dosage.timesPerDay", dosage.timesPerDay(), 12);
        if (dosage.holdSeconds() == null && dosage.repetitions() == null && dosage.sets() == null
                && dosage.durationMinutes() == null && dosage.timesPerDay() == null) {
            violations.add(new Violation("dosage", "must prescribe at least one of its parts"));
        }
        if (exercise.partnerRole() != PartnerRole.NONE && (exercise.partnerTask() == null
                || exercise.partnerTask().isBlank())) {
            violations.add(new Violation("partnerTask", "must say what the partner does when they take part"));
        }
        return violations;
    }

    static void check(Exercise exercise) {
        List<Violation> violations = violations(exercise);
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The exercise has invalid values.", violations);
        }
    }

    private static void check(List<Violation> violations, String field, Exercise.Range range, int ceiling) {
        if (range == null || range.min() == null || range.max() == null) {
            return;
        }
        if (range.max() > ceiling) {
            violations.add(new Violation(field + ".max", "must be at most " + ceiling));
        }
        if (range.min() > range.max()) {
            violations.add(new Violation(field + ".min", "must not be greater than max"));
        }
    }
}
