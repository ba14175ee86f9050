package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.backcare.common.ReportedTimes;
import org.backcare.common.Violation;

/** Checks on an entry that Bean Validation cannot state: plausible times, no region or measure twice. */
@ApplicationScoped
class PainLogRules {

    private final ReportedTimes times;

    PainLogRules(ReportedTimes times) {
        this.times = times;
    }

    void check(PainLogInput input) {
        List<Violation> violations = new ArrayList<>();
        times.problem(input.recordedAt().toInstant())
                .ifPresent(problem -> violations.add(new Violation("recordedAt", problem)));
        if (input.locations() != null) {
            Set<BodyRegion> seen = new HashSet<>();
            for (int i = 0; i < input.locations().size(); i++) {
                if (!seen.add(input.locations().get(i).region())) {
                    violations.add(new Violation("locations[" + i + "].region", "is listed twice"));
                }
            }
        }
        if (input.reliefMeasures() != null) {
            Set<ReliefMeasure> seen = new HashSet<>();
            for (int i = 0; i < input.reliefMeasures().size(); i++) {
                if (!seen.add(input.reliefMeasures().get(i).measure())) {
                    violations.add(new Violation("reliefMeasures[" + i + "].measure", "is listed twice"));
                }
            }
        }
        if (input.medications() != null) {
            for (int i = 0; i < input.medications().size(); i++) {
                var takenAt = input.medications().get(i).takenAt();
                String field = "medications[" + i + "].takenAt";
                if (takenAt != null) {
                    times.problem(takenAt.toInstant()).ifPresent(problem -> violations.add(new Violation(field, problem)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The pain log has invalid values.", violations);
        }
    }
}
