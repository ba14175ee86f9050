package org.backcare.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request: an app sends the same token for its whole
 * lifetime, and checking its signature was the largest single cost of a small read. A token is
 * kept, keyed by its exact text (signature included, so a forgery is another key and is verified
 * on its own), until it expires or for at most a minute, which bounds how long a token signed by
 * a key the identity provider has since withdrawn keeps working. Only tokens that passed every
 * check of the default parser are kept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class VerifiedTokens implements JWTParser, KnownTokens {

    static final Duration AT_MOST = Duration.ofMinutes(1);
    static final int CAPACITY = 4096;
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final DefaultJWTParser parser;
    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder().maximumSize(CAPACITY)
            .expireAfter(new UntilExpiry()).build();

    VerifiedTokens(DefaultJWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = parser.parse(token);
        verified.put(token, fresh);
        return fresh;
    }

    @Override
    public Optional<JsonWebToken> verified(String token) {
        return Optional.ofNullable(verified.getIfPresent(token));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }

    /** Kept until the token's own expiry, and never longer than {@link #AT_MOST}. */
    private static final class UntilExpiry implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
            long untilExpiry = (jwt.getExpirationTime() - System.currentTimeMillis() / 1000) * NANOS_PER_SECOND;
            return Math.max(0, Math.min(untilExpiry, AT_MOST.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long current) {
            return current;
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken jwt, long now, long current) {
            return current;
        }
    }
}
