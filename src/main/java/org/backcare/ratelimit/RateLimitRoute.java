package org.backcare.ratelimit;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.backcare.common.ApiException;
import org.backcare.common.DatabaseFaults;
import org.backcare.common.ProblemType;
import org.backcare.common.RoutedProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Charges every request to its caller's budgets first, before size checks, authentication or
 * routing, so that every answer, a 401 or a 404 included, says what budget is left (RateLimit-Policy,
 * RateLimit); over budget, a 429 problem with Retry-After. /q/* (health, metrics) is never charged,
 * nor, when CORS is on, is a preflight, which a browser sends on its own and caches. A charge
 * that needs the database (a budget due to settle) or a token check is made on a worker thread;
 * any other is made here on the event loop, as that hop to a worker and back cost a small read
 * about a quarter of its time.
 */
@ApplicationScoped
class RateLimitRoute {

    private static final Logger LOG = Logger.getLogger(RateLimitRoute.class);
    private static final String OUTCOME = RateLimitRoute.class.getName() + ".outcome";
    private static final String RATE_LIMIT = "RateLimit";

    private final RateLimitPolicy policy;
    private final RoutedProblems problems;
    private final boolean corsEnabled;

    RateLimitRoute(RateLimitPolicy policy, RoutedProblems problems,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean corsEnabled) {
        this.policy = policy;
        this.problems = problems;
        this.corsEnabled = corsEnabled;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::charge);
    }

    /** A tighter budget charged later (a route's own) is the one the answer reports. */
    static void reportTighter(RoutingContext ctx, RateLimiter.Outcome outcome) {
        RateLimiter.Outcome charged = ctx.get(OUTCOME);
        if (charged == null || outcome.remaining() < charged.remaining()) {
            ctx.put(OUTCOME, outcome);
        }
    }

    private void charge(RoutingContext ctx) {
        if (!policy.enabled() || exempt(ctx)) {
            ctx.next();
            return;
        }
        Optional<RateLimiter.Outcome> charged;
        try {
            charged = policy.chargeCallerWithoutBlocking(ctx.request());
        } catch (RuntimeException e) {
            proceed(ctx, Future.failedFuture(e));
            return;
        }
        if (charged.isPresent()) {
            proceed(ctx, Future.succeededFuture(charged.get()));
            return;
        }
        ctx.vertx().executeBlocking(() -> policy.chargeCaller(ctx.request()), false)
                .onComplete(blocking -> proceed(ctx, blocking));
    }

    private void proceed(RoutingContext ctx, AsyncResult<RateLimiter.Outcome> charged) {
        if (charged.failed()) {
            // Only "unreachable" or "busy" means anything here; whatever else went wrong is ours (500).
            ApiException fault = DatabaseFaults.classify(charged.cause())
                    .filter(classified -> classified.kind() == ProblemType.UNAVAILABLE).orElse(null);
            if (fault == null) {
                ctx.fail(charged.cause());
            } else {
                LOG.debugf("rate limit: budgets unreachable, answering 503: %s", charged.cause().toString());
                problems.write(ctx, fault);
            }
            return;
        }
        RateLimiter.Outcome outcome = charged.result();
        if (!outcome.allowed()) {
            problems.write(ctx, RateLimitPolicy.tooManyRequests(outcome));
            return;
        }
        ctx.put(OUTCOME, outcome);
        ctx.addHeadersEndHandler(end -> report(ctx));
        ctx.next();
    }

    private static void report(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        RateLimiter.Outcome outcome = ctx.get(OUTCOME);
        if (outcome != null && !response.headers().contains(RATE_LIMIT)) {
            response.putHeader("RateLimit-Policy", outcome.policyHeader());
            response.putHeader(RATE_LIMIT, outcome.rateLimitHeader());
        }
    }

    private boolean exempt(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        return ctx.normalizedPath().startsWith("/q/") || ctx.normalizedPath().equals("/q")
                || corsEnabled && request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }
}
