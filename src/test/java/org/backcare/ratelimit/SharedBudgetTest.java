package org.backcare.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
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

    /** Set while a thread charges as the event loop would: no connection may be asked for then. */
    private static final ThreadLocal<Boolean> WITHOUT_DATABASE = ThreadLocal.withInitial(() -> false);

    @Inject
    DataSource dataSource;

    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger connectionsWithoutDatabase = new AtomicInteger();

    private RateLimiter replica(Duration settleEvery) {
        DataSource counted = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                        if (WITHOUT_DATABASE.get()) {
                            connectionsWithoutDatabase.incrementAndGet();
                        }
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new RateLimiter(new Settings(MAY_OWE, settleEvery), counted, Clock.systemUTC());
    }

    /** As the route charges: here if nothing needs the database, else as a worker would. */
    private static RateLimiter.Outcome charge(RateLimiter replica, List<RateLimiter.Limit> budget) {
        Optional<RateLimiter.Outcome> local;
        WITHOUT_DATABASE.set(true);
        try {
            local = replica.chargeWithoutSettling(budget);
        } finally {
            WITHOUT_DATABASE.set(false);
        }
        return local.orElseGet(() -> replica.charge(budget));
    }

    /** {@code threads} threads at once, each charging {@code charges} times with {@code charge}: how many were granted. */
    private static int grantedInParallel(int threads, int charges, IntFunction<RateLimiter.Outcome> charge)
            throws Exception {
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < charges; i++) {
                        granted.addAndGet(charge.apply(thread).allowed() ? 1 : 0);
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return granted.get();
    }

    private static List<RateLimiter.Limit> budgetOf(long requests) {
        return List.of(RateLimiter.Limit.of("test", "shared-" + UUID.randomUUID(), new Tier(requests, Duration.ofDays(1))));
    }

    @Test
    void aReplicaChargesWithoutTheDatabaseOnlyWhatItMayOwe() {
        RateLimiter replica = replica(Duration.ofHours(1));
        List<RateLimiter.Limit> budget = budgetOf(100);

        assertTrue(replica.chargeWithoutSettling(budget).isEmpty(), "a budget never settled needs the database");
        assertEquals(99, replica.charge(budget).remaining());
        int settled = connections.get();
        for (int remaining = 98; remaining >= 90; remaining--) {
            Optional<RateLimiter.Outcome> local = replica.chargeWithoutSettling(budget);
            assertTrue(local.isPresent() && local.get().allowed());
            assertEquals(remaining, local.get().remaining());
        }
        assertEquals(settled, connections.get(), "charged without the database");
        assertTrue(replica.chargeWithoutSettling(budget).isEmpty(), "owing " + MAY_OWE + ", it must settle");
        assertEquals(89, replica.charge(budget).remaining());
        assertEquals(settled + 2, connections.get(), "one settlement: one read, one write");
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
                firstRefused = !charge(first, budget).allowed();
                granted += firstRefused ? 0 : 1;
            }
            if (!secondRefused) {
                secondRefused = !charge(second, budget).allowed();
                granted += secondRefused ? 0 : 1;
            }
        }
        assertTrue(granted >= 100 && granted <= 100 + 2 * MAY_OWE, "granted " + granted);
        assertEquals(0, connectionsWithoutDatabase.get());
    }

    @Test
    void manyThreadsAtOnceNeverReachTheDatabaseWhereTheyMayNotAndOvershootLittle() throws Exception {
        RateLimiter replica = replica(Duration.ofMillis(20));
        List<RateLimiter.Limit> budget = budgetOf(2000);
        int granted = grantedInParallel(8, 400, thread -> charge(replica, budget));
        assertEquals(0, connectionsWithoutDatabase.get(), "a charge on the event loop asked for a connection");
        // One replica knows all it granted: of 3,200 asked, the budget of 2,000 (and what refilled
        // meanwhile, one every 43 s) is granted.
        assertTrue(granted >= 2000 && granted <= 2001, "granted " + granted);
        assertTrue(connections.get() < 3200 / 2, connections.get() + " connections for 3,200 charges");
    }

    @Test
    void threadsOfTwoReplicasChargingOneBucketAtOnceLoseNoCharge() throws Exception {
        // Too small to be owed: every charge is read, computed and written back in the database,
        // racing the others; a write made on a state another has replaced must be retried.
        List<RateLimiter.Limit> budget = budgetOf(10L * MAY_OWE - 1);
        List<RateLimiter> replicas = List.of(replica(Duration.ofHours(1)), replica(Duration.ofHours(1)));
        int granted = grantedInParallel(8, 30, thread -> replicas.get(thread % 2).charge(budget));
        // 240 asked of a budget of 99 a day: exactly 99 granted (one more refills every 14 minutes).
        assertEquals(10 * MAY_OWE - 1, granted);
        assertFalse(replicas.get(0).charge(budget).allowed(), "the stored bucket counts every grant");
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
