package org.backcare.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One budget as this replica sees it: the bucket in the database and, for a budget large enough
 * to allow it, the requests this replica has granted from its last copy of that bucket without
 * settling them. Whether a charge needs the database is decided here, before charging, by
 * reserving one of those requests, so a charge that does not need it can be made on the event
 * loop: Bucket4j's own delaying optimization decides that inside the charge, where a caller
 * cannot see it coming.
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

    /**
     * Takes one of the requests this replica may still owe, now, for {@link #chargeReserved}; false
     * if it may not (then nothing was taken). The check and the taking are one step, so two threads
     * cannot both take the last one.
     */
    boolean reserve(long nowNanos) {
        if (mayOwe == 0 || !settledWithin(nowNanos)) {
            return false;
        }
        int taken;
        do {
            taken = owed.get();
            if (taken >= mayOwe) {
                return false;
            }
        } while (!owed.compareAndSet(taken, taken + 1));
        return true;
    }

    /** Gives back a reservation that was not charged. */
    void release() {
        owed.decrementAndGet();
    }

    /** Charges a request reserved by {@link #reserve}: from this replica's copy, never the database. */
    ConsumptionProbe chargeReserved() {
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    /** Takes one request, settling first if it must: may reach the database, so never on the event loop. */
    ConsumptionProbe charge(long nowNanos) {
        if (mayOwe > 0 && !reserve(nowNanos)) {
            settle();
            owed.incrementAndGet();
        }
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    /** Whether the last settlement is recent enough for requests to be owed on it. */
    private boolean settledWithin(long nowNanos) {
        return everSettled && nowNanos - settledAt < settleEveryNanos;
    }

    /** Hands what was granted here to the database and takes back its latest state. */
    private synchronized void settle() {
        if (settledWithin(System.nanoTime()) && owed.get() < mayOwe) {
            return; // another thread settled while this one waited
        }
        int settling = owed.get();
        bucket.getOptimizationController().syncImmediately();
        // Requests reserved while the database answered are still owed: Bucket4j counts them
        // towards the next settlement, and so does this.
        owed.addAndGet(-settling);
        settledAt = System.nanoTime();
        everSettled = true;
    }
}
