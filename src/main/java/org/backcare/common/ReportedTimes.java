package org.backcare.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule for times a client reports (when pain was felt, a dose taken, a session done): phones'
 * clocks drift and time zones confuse, so a little future is tolerated, a day is not; and nothing
 * before 1900 is a real report.
 */
@ApplicationScoped
public class ReportedTimes {

    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final Clock clock;

    ReportedTimes(Clock clock) {
        this.clock = clock;
    }

    /** The latest time a report made now may carry. */
    public Instant latest() {
        return clock.instant().plus(FUTURE_TOLERANCE);
    }

    /** What is wrong with a reported time, if anything, as a violation's message. */
    public Optional<String> problem(Instant reported) {
        if (reported.isAfter(latest())) {
            return Optional.of("must not be in the future");
        }
        if (reported.isBefore(EARLIEST)) {
            return Optional.of("must not be before 1900");
        }
        return Optional.empty();
    }
}
