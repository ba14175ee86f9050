package org.backcare.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Budgets idle longer than their period are deleted; a later charge starts a full one. */
@QuarkusTest
class IdleBudgetsTest {

    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    @Test
    void anIdleBudgetIsForgottenAndAFreshOneKept() throws SQLException {
        Tier tier = Tier.of("3/PT1M");
        RateLimiter.Limit idle = RateLimiter.Limit.of("test", "idle-" + UUID.randomUUID(), tier);
        RateLimiter.Limit fresh = RateLimiter.Limit.of("test", "fresh-" + UUID.randomUUID(), tier);
        limiter.charge(List.of(idle));
        limiter.charge(List.of(idle));
        limiter.charge(List.of(fresh));
        backdate(idle.key(), Duration.ofHours(2));

        assertTrue(limiter.forgetIdleSince(Instant.now().minus(Duration.ofHours(1))) >= 1);

        assertEquals(0, rows(idle.key()), "the idle budget is gone");
        assertEquals(1, rows(fresh.key()), "the fresh one stays");
        RateLimiter.Outcome again = limiter.charge(List.of(idle));
        assertTrue(again.allowed());
        assertEquals(2, again.remaining(), "a forgotten budget starts full");
    }

    private void backdate(String key, Duration age) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update rate_limit_bucket set touched_at = ? where id = ?")) {
            update.setObject(1, Instant.now().minus(age).atOffset(ZoneOffset.UTC));
            update.setString(2, key);
            assertEquals(1, update.executeUpdate());
        }
    }

    private int rows(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select count(*) from rate_limit_bucket where id = ?")) {
            select.setString(1, key);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
