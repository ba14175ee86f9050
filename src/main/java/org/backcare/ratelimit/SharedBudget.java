package org.backcare.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One budget as this replica sees it: the bucket in the database and, for a budget large enough
 * to allow it, the requests this replica has granted from its last copy of that bucket without
 * settling them. Whether a charge needs the database is decided here, before charging, so a
 * charge that does not need it can be made on the event loop: Bucket4j's own delaying
 * optimization decides that inside the charge, where a caller cannot see it coming.
 */
final class SharedBudget {

    private final BucketProxy bucket;
    private final int mayOwe;
    private final long settleEveryNanos;
    private final AtomicInteger owed = new AtomicInteger();
    private volatile boolean everSettled;
    private volatile long settledAt;

    /**
     * @param bucket   for {@code mayOwe > 0}, built with Bucket4j's manually syncing optimization,
     *                 so it reaches the database only when first used and when settled here
     * @param mayOwe   requests that may be granted before settling; 0 settles every request
     */
    SharedBudget(BucketProxy bucket, int mayOwe, Duration settleEvery) {
        this.bucket = bucket;
        this.mayOwe = mayOwe;
        this.settleEveryNanos = settleEvery.toNanos();
    }

    /** Whether the next charge can be made without the database. */
    boolean chargeableLocally(long nowNanos) {
        // Every race here errs towards settling: a stale read only sends a charge to a worker.
        return mayOwe > 0 && everSettled && owed.get() < mayOwe && nowNanos - settledAt < settleEveryNanos;
    }

    /** Takes one request; reaches the database (so never on the event loop) unless {@link #chargeableLocally} said not. */
    ConsumptionProbe charge(long nowNanos) {
        if (mayOwe == 0) {
            return bucket.tryConsumeAndReturnRemaining(1);
        }
        if (!chargeableLocally(nowNanos)) {
            settle(nowNanos);
        }
        owed.incrementAndGet();
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    /** Hands what was granted here to the database and takes back its latest state. */
    private synchronized void settle(long nowNanos) {
        if (chargeableLocally(nowNanos)) {
            return; // another thread settled while this one waited
        }
        bucket.getOptimizationController().syncImmediately();
        owed.set(0);
        settledAt = System.nanoTime();
        everSettled = true;
    }
}
