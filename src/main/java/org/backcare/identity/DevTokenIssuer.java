package org.backcare.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.UUID;

@ApplicationScoped
class DevTokenIssuer {

    private final DevTokenConfig config;

    DevTokenIssuer(DevTokenConfig config) {
        this.config = config;
    }

    DevTokenResponse issue(DevTokenRequest request) {
        long lifetime = config.lifetime().toSeconds();
        String token = Jwt.issuer(DevTokenConfig.DEV_ISSUER)
                .subject(request.subject())
                .groups(new LinkedHashSet<>(request.roles()))
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(lifetime)
                .sign();
        return new DevTokenResponse(token, "Bearer", lifetime);
    }
}
