package org.backcare.ratelimit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The bucket store's compare and swap, step by step: a write made on a state that another writer
 * has replaced since it was read is refused, whoever inserted the bucket first keeps it, and a
 * bucket stored without a state is filled rather than retried for ever.
 */
@QuarkusTest
class DatabaseBucketsTest {

    private static final Optional<Long> NO_TIMEOUT = Optional.empty();

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    @Test
    void aWriteOnAStateReplacedSinceItWasReadIsRefused() {
        DatabaseBuckets buckets = new DatabaseBuckets(dataSource);
        String key = "cas-" + UUID.randomUUID();
        CompareAndSwapOperation first = buckets.beginCompareAndSwapOperation(key);
        CompareAndSwapOperation second = buckets.beginCompareAndSwapOperation(key);
        byte[] one = {1};
        byte[] two = {2};

        assertTrue(first.getStateData(NO_TIMEOUT).isEmpty());
        assertTrue(second.getStateData(NO_TIMEOUT).isEmpty());
        assertTrue(first.compareAndSwap(null, one, null, NO_TIMEOUT));
        assertFalse(second.compareAndSwap(null, two, null, NO_TIMEOUT), "the bucket was inserted by another");
        assertArrayEquals(one, second.getStateData(NO_TIMEOUT).orElseThrow());

        assertTrue(first.compareAndSwap(one, two, null, NO_TIMEOUT));
        assertFalse(second.compareAndSwap(one, new byte[] {3}, null, NO_TIMEOUT), "written on a replaced state");
        assertArrayEquals(two, first.getStateData(NO_TIMEOUT).orElseThrow());
    }

    @Test
    void aBucketStoredWithoutAStateIsFilledByTheNextCharge() throws SQLException {
        RateLimiter.Limit limit = RateLimiter.Limit.of("test", "empty-" + UUID.randomUUID(), new Tier(5, Duration.ofDays(1)));
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into rate_limit_bucket (id, state, touched_at) values (?, null, current_timestamp)")) {
            insert.setString(1, limit.key());
            insert.executeUpdate();
        }
        RateLimiter limiter = new RateLimiter(config, dataSource, Clock.systemUTC());

        RateLimiter.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> limiter.charge(List.of(limit)));

        assertTrue(outcome.allowed());
        assertEquals(4, outcome.remaining());
        assertEquals(3, new RateLimiter(config, dataSource, Clock.systemUTC()).charge(List.of(limit)).remaining(),
                "another replica reads the state written");
    }
}
