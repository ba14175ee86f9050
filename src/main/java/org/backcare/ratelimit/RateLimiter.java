package org.backcare.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeoutException;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.manual.ManuallySyncingOptimization;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.backcare.common.BackgroundJob;

/**
 * Charges requests to budgets kept in the database, so every replica draws on the same one.
 * Budgets are kept here (a bounded number, for a while) because one that may grant a few requests
 * before settling with the database carries that local state; while it may, a charge is made
 * without leaving the event loop.
 */
@ApplicationScoped
public class RateLimiter {

    /** One budget to charge: the policy name clients see in headers, the key it counts, its tier. */
    public record Limit(String policy, String key, Tier tier) {

        /**
         * The key names the tier too: a bucket keeps the configuration it was created with, so a
         * changed tier starts fresh buckets instead of being ignored by the stored ones.
         */
        public static Limit of(String policy, String subject, Tier tier) {
            return new Limit(policy, policy + ":" + tier.requests() + "/" + tier.period() + ":" + subject, tier);
        }
    }

    /** What a charge came to, for the tightest of the limits charged. */
    public record Outcome(Limit limit, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

        /** RateLimit-Policy (IETF httpapi RateLimit header fields draft). */
        public String policyHeader() {
            return limit.tier().policy(limit.policy());
        }

        /** RateLimit: remaining quota and seconds until it is whole again. */
        public String rateLimitHeader() {
            return "\"" + limit.policy() + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private final RateLimitConfig config;
    private final DatabaseBuckets buckets;
    private final Clock clock;
    private final Cache<String, SharedBudget> budgets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimiter(RateLimitConfig config, DataSource dataSource, Clock clock) {
        this.config = config;
        this.buckets = new DatabaseBuckets(dataSource);
        this.clock = clock;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /**
     * Takes one request from each budget in turn; the first that has none left refuses the
     * request (and the ones after it are not charged). Otherwise the tightest budget is reported.
     */
    public Outcome charge(List<Limit> limits) {
        // Budgets are settled in statements committed on their own, never in the caller's
        // transaction (a refused or rolled-back request still spent its attempt).
        return QuarkusTransaction.isActive() ? QuarkusTransaction.suspendingExisting().call(() -> chargeOrBusy(limits))
                : chargeOrBusy(limits);
    }

    private Outcome chargeOrBusy(List<Limit> limits) {
        try {
            return chargeEach(limits);
        } catch (TimeoutException e) {
            // Outrun by other writers of one bucket for that long: busy, as a lock wait that timed out.
            throw new IllegalStateException("rate-limit bucket contended", new SQLTimeoutException(e.getMessage(), "HYT00", e));
        }
    }

    /**
     * Charges every limit now if none of them needs the database, as on the event loop; empty
     * when one does, and then nothing was charged.
     */
    public Optional<Outcome> chargeWithoutSettling(List<Limit> limits) {
        long now = System.nanoTime();
        List<SharedBudget> reserved = new ArrayList<>(limits.size());
        for (Limit limit : limits) {
            SharedBudget budget = budgets.getIfPresent(limit.key());
            if (budget == null || !budget.reserve(now)) {
                reserved.forEach(SharedBudget::release);
                return Optional.empty();
            }
            reserved.add(budget);
        }
        Outcome outcome = chargeEach(limits, i -> reserved.get(i).chargeReserved());
        // A refusal stops the charging; what was reserved after it is given back.
        for (int i = limits.indexOf(outcome.limit()) + 1; !outcome.allowed() && i < limits.size(); i++) {
            reserved.get(i).release();
        }
        return Optional.of(outcome);
    }

    private Outcome chargeEach(List<Limit> limits) {
        long now = System.nanoTime();
        return chargeEach(limits, i -> budgets.get(limits.get(i).key(), key -> build(limits.get(i))).charge(now));
    }

    /** Charges each limit in turn with {@code chargeOne} (by index) until one refuses. */
    private static Outcome chargeEach(List<Limit> limits, IntFunction<ConsumptionProbe> chargeOne) {
        Outcome tightest = null;
        for (int i = 0; i < limits.size(); i++) {
            ConsumptionProbe probe = chargeOne.apply(i);
            Outcome outcome = new Outcome(limits.get(i), probe.isConsumed(), probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()), seconds(probe.getNanosToWaitForRefill()));
            if (!outcome.allowed()) {
                return outcome;
            }
            if (tightest == null || outcome.remaining() < tightest.remaining()) {
                tightest = outcome;
            }
        }
        return tightest;
    }

    private SharedBudget build(Limit limit) {
        Tier tier = limit.tier();
        BucketConfiguration budget = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(tier.requests()).refillGreedy(tier.requests(), tier.period()))
                .build();
        RemoteBucketBuilder<String> builder = buckets.builder();
        // Settling later only where the overshoot it allows is small against the budget (10% per
        // replica at most): small budgets (invitation codes, development tokens) settle every request.
        int mayOwe = config.unsettledRequests() > 0 && tier.requests() >= 10L * config.unsettledRequests()
                ? config.unsettledRequests() : 0;
        if (mayOwe > 0) {
            builder = builder.withOptimization(new ManuallySyncingOptimization());
        }
        return new SharedBudget(builder.build(limit.key(), () -> budget), mayOwe, config.settleEvery());
    }

    /**
     * Forgets budgets idle for longer than the longest period configured: such a bucket has
     * refilled completely, so deleting it changes no answer, and its key (a user, a code) is not
     * kept for nothing.
     */
    @Scheduled(every = "PT1H", delayed = "PT5M", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleBudgets() {
        BackgroundJob.run("rate-limit-cleanup", () -> forgetIdleSince(clock.instant().minus(longestPeriod())));
    }

    /** A budget kept here for a deleted bucket creates it again, full, when it next settles. */
    int forgetIdleSince(Instant cutoff) {
        return buckets.deleteIdleSince(cutoff);
    }

    private Duration longestPeriod() {
        return Stream.of(config.perUser(), config.perClient(), config.anonymous(), config.devTokens(),
                config.invitationAcceptPerUser(), config.invitationAcceptPerCode())
                .map(Tier::period).max(Duration::compareTo).orElseThrow();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
