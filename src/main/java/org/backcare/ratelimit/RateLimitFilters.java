package org.backcare.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Charges a route's own, tighter budget ({@link Budget}) on top of the caller's, which
 * {@link RateLimitRoute} charged before the request got here. Read from the matched method, not
 * the request path, so no spelling of the path escapes it.
 */
class RateLimitFilters {

    private final RateLimitPolicy policy;

    RateLimitFilters(RateLimitPolicy policy) {
        this.policy = policy;
    }

    @ServerRequestFilter
    void charge(ResourceInfo resource, HttpServerRequest request, RoutingContext routing) {
        Budget budget = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Budget.class);
        if (budget != null) {
            policy.chargeRoute(request, budget).ifPresent(outcome -> {
                if (!outcome.allowed()) {
                    throw RateLimitPolicy.tooManyRequests(outcome);
                }
                RateLimitRoute.reportTighter(routing, outcome);
            });
        }
    }
}
