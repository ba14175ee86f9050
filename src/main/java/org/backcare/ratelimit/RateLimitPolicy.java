package org.backcare.ratelimit;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.backcare.identity.KnownTokens;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Which budgets a request is charged to. Every request (but /q/* and CORS preflights) is charged
 * to its caller before anything else looks at it: to its user and its client app when it carries a
 * valid token, to its address when it does not, so even a 401 says what is left. Routes where
 * guessing pays or minting is free, marked with {@link Budget}, are charged once more to a tighter
 * budget: invitation accepts per user (and each code, whoever tries it), development tokens per
 * address.
 */
@ApplicationScoped
public class RateLimitPolicy {

    private static final Logger LOG = Logger.getLogger(RateLimitPolicy.class);
    private static final String BEARER = "Bearer ";
    private static final String CLIENT_ID = "client_id";

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    private final JWTParser tokens;
    private final KnownTokens knownTokens;

    RateLimitPolicy(RateLimitConfig config, RateLimiter limiter, JWTParser tokens, KnownTokens knownTokens) {
        this.config = config;
        this.limiter = limiter;
        this.tokens = tokens;
        this.knownTokens = knownTokens;
    }

    boolean enabled() {
        return config.enabled();
    }

    /**
     * The caller's own budgets, narrowest first, so a caller over their own budget stops there and
     * does not spend their client app's.
     */
    RateLimiter.Outcome chargeCaller(HttpServerRequest request) {
        return limiter.charge(callerLimits(request, token(request.getHeader("Authorization"))));
    }

    /**
     * The same charge, made now if it needs neither a token check nor the database (as on the
     * event loop); empty if it does, and then nothing was charged.
     */
    Optional<RateLimiter.Outcome> chargeCallerWithoutBlocking(HttpServerRequest request) {
        String bearer = bearer(request.getHeader("Authorization"));
        Optional<JsonWebToken> token = bearer == null ? Optional.empty() : knownTokens.verified(bearer);
        if (bearer != null && token.isEmpty()) {
            return Optional.empty();
        }
        return limiter.chargeWithoutSettling(callerLimits(request, token));
    }

    private List<RateLimiter.Limit> callerLimits(HttpServerRequest request, Optional<JsonWebToken> token) {
        if (token.isEmpty()) {
            return List.of(RateLimiter.Limit.of("address", address(request), config.anonymous()));
        }
        List<RateLimiter.Limit> limits = new ArrayList<>(2);
        limits.add(RateLimiter.Limit.of("user", token.get().getSubject(), config.perUser()));
        clientOf(token.get()).ifPresent(client -> limits.add(RateLimiter.Limit.of("client", client, config.perClient())));
        return limits;
    }

    /** A route's own budget, charged on top of the caller's; empty when the caller has no user to charge. */
    Optional<RateLimiter.Outcome> chargeRoute(HttpServerRequest request, Budget budget) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        return switch (budget.value()) {
            case DEV_TOKENS -> Optional.of(limiter.charge(List.of(
                    RateLimiter.Limit.of("dev-tokens", address(request), config.devTokens()))));
            case INVITATION_ACCEPT -> token(request.getHeader("Authorization")).map(token -> limiter.charge(List.of(
                    RateLimiter.Limit.of("invitation-accept", token.getSubject(), config.invitationAcceptPerUser()))));
        };
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

    static ApiException tooManyRequests(RateLimiter.Outcome outcome) {
        return refusal(outcome, "Too many requests; try again after Retry-After seconds.");
    }

    private static ApiException refusal(RateLimiter.Outcome outcome, String detail) {
        return new ApiException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), Map.of(
                "Retry-After", String.valueOf(Math.max(1, outcome.retryAfterSeconds())),
                "RateLimit-Policy", outcome.policyHeader(), "RateLimit", outcome.rateLimitHeader()));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    private Optional<JsonWebToken> token(String authorization) {
        String bearer = bearer(authorization);
        if (bearer == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(tokens.parse(bearer));
        } catch (ParseException e) {
            LOG.debug("rate limit: an invalid token is counted by address", e);
            return Optional.empty();
        }
    }

    /**
     * The peer's address; an IPv6 peer by its /64, the block one subscriber is usually given, so
     * that rotating through it does not buy a fresh budget per address.
     */
    static String address(HttpServerRequest request) {
        String host = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (host == null) {
            return "unknown";
        }
        IPAddress ip = new IPAddressString(host).getAddress();
        if (ip == null || !ip.isIPv6() || ip.toIPv6().isIPv4Mapped()) {
            return host;
        }
        return ip.toPrefixBlock(64).toCanonicalString();
    }

    private static Optional<String> clientOf(JsonWebToken token) {
        Object client = token.getClaim(Claims.azp);
        // SmallRye JWT looks a name up in the Claims enum first, and one outside it costs a thrown
        // exception: client_id is asked for only when the token has it.
        if (client == null && token.getClaimNames().contains(CLIENT_ID)) {
            client = token.getClaim(CLIENT_ID);
        }
        return Optional.ofNullable(client).map(Object::toString);
    }
}
