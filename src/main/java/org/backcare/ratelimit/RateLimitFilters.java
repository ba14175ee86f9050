package org.backcare.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.backcare.common.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every API request is charged before it is served; every answer says how much budget is left
 * (RateLimit-Policy, RateLimit), and a request over budget is refused with a 429 problem and
 * Retry-After. Only API resources pass here: /q/health and the other /q routes are never limited.
 */
class RateLimitFilters {

    private static final String OUTCOME = RateLimitFilters.class.getName() + ".outcome";

    private final RateLimitPolicy policy;

    RateLimitFilters(RateLimitPolicy policy) {
        this.policy = policy;
    }

    @ServerRequestFilter
    Optional<Response> charge(ContainerRequestContext context, HttpServerRequest request, ResourceInfo resource) {
        Budget budget = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Budget.class);
        Optional<RateLimiter.Outcome> outcome = policy.charge(request, budget);
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        context.setProperty(OUTCOME, outcome.get());
        if (outcome.get().allowed()) {
            return Optional.empty();
        }
        var refusal = RateLimitPolicy.refusal(outcome.get(), "Too many requests; try again after Retry-After seconds.");
        Response.ResponseBuilder problem = Response.fromResponse(
                ProblemResponses.of(refusal.kind(), refusal.getMessage(), request.path()));
        refusal.headers().forEach(problem::header);
        return Optional.of(problem.build());
    }

    @ServerResponseFilter
    void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OUTCOME) instanceof RateLimiter.Outcome outcome
                && !response.getHeaders().containsKey("RateLimit")) {
            response.getHeaders().putSingle("RateLimit-Policy", outcome.policyHeader());
            response.getHeaders().putSingle("RateLimit", outcome.rateLimitHeader());
        }
    }
}
