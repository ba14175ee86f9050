package org.backcare.common;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** One clock for the whole app, so tests can reason about "now" and phases. */
class TimeSource {

    @Produces
    @Singleton
    Clock clock() {
        // Microseconds: what the database keeps, so a written value reads back identical.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
