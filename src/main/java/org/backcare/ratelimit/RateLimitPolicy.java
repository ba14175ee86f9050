package org.backcare.ratelimit;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Which budgets a request is charged to: its user and its client app when it carries a valid
 * token; tighter ones, marked with {@link Budget}, where guessing pays (invitation accepts, and
 * each code whoever tries it) or minting is free (development tokens, per address). A request
 * without a valid token to any other route is refused by authentication before it reaches here,
 * so it costs no budget and carries no RateLimit headers.
 */
@ApplicationScoped
public class RateLimitPolicy {

    private static final Logger LOG = Logger.getLogger(RateLimitPolicy.class);
    private static final String BEARER = "Bearer ";

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    private final JWTParser tokens;

    RateLimitPolicy(RateLimitConfig config, RateLimiter limiter, JWTParser tokens) {
        this.config = config;
        this.limiter = limiter;
        this.tokens = tokens;
    }

    /**
     * Charges the request, narrowest budget first, so a caller over their own budget stops there
     * and does not spend their client app's; empty when rate limits are off or nothing applies.
     */
    Optional<RateLimiter.Outcome> charge(HttpServerRequest request, Budget budget) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        List<RateLimiter.Limit> limits = new ArrayList<>();
        if (budget != null && budget.value() == Budget.Kind.DEV_TOKENS) {
            String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
            limits.add(RateLimiter.Limit.of("dev-tokens", address, config.devTokens()));
        } else {
            token(request.getHeader("Authorization")).ifPresent(token -> {
                String user = token.getSubject();
                limits.add(RateLimiter.Limit.of("user", user, config.perUser()));
                if (budget != null && budget.value() == Budget.Kind.INVITATION_ACCEPT) {
                    limits.add(RateLimiter.Limit.of("invitation-accept", user, config.invitationAcceptPerUser()));
                }
                clientOf(token).ifPresent(client -> limits.add(RateLimiter.Limit.of("client", client,
                        config.perClient())));
            });
        }
        return limits.isEmpty() ? Optional.empty() : Optional.of(limiter.charge(limits));
    }

    /** Attempts on one invitation code, by anyone: refused with a 429 problem past the budget. */
    public void chargeInvitationCode(String codeHash) {
        if (config.enabled()) {
            RateLimiter.Outcome outcome = limiter.charge(List.of(
                    RateLimiter.Limit.of("invitation-code", codeHash, config.invitationAcceptPerCode())));
            if (!outcome.allowed()) {
                throw refusal(outcome, "This code has been tried too often; try again later.");
            }
        }
    }

    static ApiException refusal(RateLimiter.Outcome outcome, String detail) {
        return new ApiException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), Map.of(
                "Retry-After", String.valueOf(Math.max(1, outcome.retryAfterSeconds())),
                "RateLimit-Policy", outcome.policyHeader(), "RateLimit", outcome.rateLimitHeader()));
    }

    private Optional<JsonWebToken> token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        try {
            return Optional.of(tokens.parse(authorization.substring(BEARER.length()).strip()));
        } catch (ParseException e) {
            LOG.debug("rate limit: an invalid token is counted by address", e);
            return Optional.empty();
        }
    }

    private static Optional<String> clientOf(JsonWebToken token) {
        Object client = token.getClaim("azp");
        if (client == null) {
            client = token.getClaim("client_id");
        }
        return Optional.ofNullable(client).map(Object::toString);
    }
}
