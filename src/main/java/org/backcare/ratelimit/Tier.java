package org.backcare.ratelimit;

import java.time.Duration;

/**
 * A budget: {@code requests} per {@code period}, refilled gradually (a token bucket), written in
 * configuration as "600/PT1M".
 */
public record Tier(long requests, Duration period) {

    public Tier {
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive period");
        }
    }

    public static Tier of(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a rate limit is written as requests/period, e.g. 600/PT1M: " + text);
        }
        return new Tier(Long.parseLong(text.substring(0, slash).strip()), Duration.parse(text.substring(slash + 1).strip()));
    }

    /** The policy as the RateLimit-Policy header names it: quota and window in seconds. */
    String policy(String name) {
        return "\"" + name + "\";q=" + requests + ";w=" + Math.max(1, period.toSeconds());
    }
}
