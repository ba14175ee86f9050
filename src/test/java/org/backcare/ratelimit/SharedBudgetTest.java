package org.backcare.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Charges made without the database (as on the event loop): two replicas, each a limiter of its
 * own on the one database, grant a budget together, each owing it at most what it may before
 * settling; a small budget, or one owed for too long, always goes to the database first.
 */
@QuarkusTest
class SharedBudgetTest {

    private static final int MAY_OWE = 10;

    @Inject
    DataSource dataSource;

    private RateLimiter replica(Duration settleEvery) {
        return new RateLimiter(new Settings(MAY_OWE, settleEvery), dataSource, Clock.systemUTC());
    }

    private static List<RateLimiter.Limit> budgetOf(long requests) {
        return List.of(RateLimiter.Limit.of("test", "shared-" + UUID.randomUUID(), new Tier(requests, Duration.ofHours(1))));
    }

    @Test
    void aReplicaChargesWithoutTheDatabaseOnlyWhatItMayOwe() {
        RateLimiter replica = replica(Duration.ofHours(1));
        List<RateLimiter.Limit> budget = budgetOf(100);

        assertTrue(replica.chargeWithoutSettling(budget).isEmpty(), "a budget never settled needs the database");
        assertEquals(99, replica.charge(budget).remaining());
        for (int remaining = 98; remaining >= 90; remaining--) {
            Optional<RateLimiter.Outcome> local = replica.chargeWithoutSettling(budget);
            assertTrue(local.isPresent() && local.get().allowed());
            assertEquals(remaining, local.get().remaining());
        }
        assertTrue(replica.chargeWithoutSettling(budget).isEmpty(), "owing " + MAY_OWE + ", it must settle");
        assertEquals(89, replica.charge(budget).remaining());
        assertTrue(replica.chargeWithoutSettling(budget).isPresent(), "settled, it may owe again");
    }

    @Test
    void twoReplicasGrantOneBudgetOvershootingByNoMoreThanTheyMayOwe() {
        RateLimiter first = replica(Duration.ofHours(1));
        RateLimiter second = replica(Duration.ofHours(1));
        List<RateLimiter.Limit> budget = budgetOf(100);

        int granted = 0;
        boolean firstRefused = false;
        boolean secondRefused = false;
        while (!(firstRefused && secondRefused) && granted < 1000) {
            if (!firstRefused) {
                firstRefused = !charge(first, budget);
                granted += firstRefused ? 0 : 1;
            }
            if (!secondRefused) {
                secondRefused = !charge(second, budget);
                granted += secondRefused ? 0 : 1;
            }
        }
        assertTrue(granted >= 100 && granted <= 100 + 2 * MAY_OWE, "granted " + granted);
        // Once settled, both know the budget is spent.
        assertFalse(first.charge(budget).allowed());
        assertFalse(second.charge(budget).allowed());
    }

    @Test
    void aSmallBudgetOrOneOwedTooLongGoesToTheDatabase() throws InterruptedException {
        RateLimiter replica = replica(Duration.ofMillis(200));
        List<RateLimiter.Limit> small = budgetOf(10L * MAY_OWE - 1);
        replica.charge(small);
        assertTrue(replica.chargeWithoutSettling(small).isEmpty(), "a small budget settles every request");

        List<RateLimiter.Limit> large = budgetOf(1000);
        replica.charge(large);
        assertTrue(replica.chargeWithoutSettling(large).isPresent());
        Thread.sleep(250);
        assertTrue(replica.chargeWithoutSettling(large).isEmpty(), "owed for longer than settle-every");
    }

    /** Local first, the database when it must be: as the route charges. */
    private static boolean charge(RateLimiter replica, List<RateLimiter.Limit> budget) {
        return replica.chargeWithoutSettling(budget).orElseGet(() -> replica.charge(budget)).allowed();
    }

    private record Settings(int unsettledRequests, Duration settleEvery) implements RateLimitConfig {

        private static final Tier UNUSED = new Tier(1, Duration.ofMinutes(1));

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Tier perUser() {
            return UNUSED;
        }

        @Override
        public Tier perClient() {
            return UNUSED;
        }

        @Override
        public Tier anonymous() {
            return UNUSED;
        }

        @Override
        public Tier invitationAcceptPerUser() {
            return UNUSED;
        }

        @Override
        public Tier invitationAcceptPerCode() {
            return UNUSED;
        }

        @Override
        public Tier devTokens() {
            return UNUSED;
        }
    }
}
