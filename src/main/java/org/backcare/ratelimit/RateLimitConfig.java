package org.backcare.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Request budgets, each a number of requests per period, refilled gradually. */
@ConfigMapping(prefix = "backcare.rate-limits")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Each user (the token's sub), across every app they use. */
    @WithDefault("600/PT1M")
    Tier perUser();

    /** Each client app (the token's azp or client_id claim), across all its users. */
    @WithDefault("20000/PT1M")
    Tier perClient();

    /**
     * Requests without a valid token, per address (an IPv6 one per /64): they are answered 401, or
     * are the few open routes. Large enough to be settled with the database only now and then
     * (see {@link #unsettledRequests()}), so a flood of them costs the database little.
     */
    @WithDefault("600/PT1M")
    Tier anonymous();

    /** Invitation accepts per user: codes are short, guessing must not pay. */
    @WithDefault("10/PT15M")
    Tier invitationAcceptPerUser();

    /** Accept attempts on any one code, whoever tries it. */
    @WithDefault("5/PT15M")
    Tier invitationAcceptPerCode();

    /** Development tokens per address (the one route open without a token). */
    @WithDefault("30/PT1M")
    Tier devTokens();

    /**
     * Requests a replica may grant on a key before it settles with the database (at the latest
     * after {@link #settleEvery()}): 0 settles every request, exact across replicas; more trades
     * an overshoot of at most that many per replica for database round trips saved. Applied only
     * to budgets of at least ten times as many requests; smaller ones always settle at once.
     */
    @WithDefault("20")
    int unsettledRequests();

    @WithDefault("PT1S")
    Duration settleEvery();
}
