package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.backcare.common.Violation;

/** Checks on an entry that Bean Validation cannot state: plausible times, no region or measure twice. */
@ApplicationScoped
class PainLogRules {

    /** Phones' clocks drift and time zones confuse; a little future is tolerated, a day is not. */
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final Clock clock;

    PainLogRules(Clock clock) {
        this.clock = clock;
    }

    void check(PainLogInput input) {
        List<Violation> violations = new ArrayList<>();
        Instant latest = clock.instant().plus(FUTURE_TOLERANCE);
        Instant recordedAt = input.recordedAt().toInstant();
        if (recordedAt.isAfter(latest) || recordedAt.isBefore(EARLIEST)) {
            violations.add(new Violation("recordedAt", "must not be in the future"));
        }
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
                if (takenAt != null && takenAt.toInstant().isAfter(latest)) {
                    violations.add(new Violation("medications[" + i + "].takenAt", "must not be in the future"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The pain log has invalid values.", violations);
        }
    }
}
