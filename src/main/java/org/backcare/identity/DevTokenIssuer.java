package org.backcare.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
class DevTokenIssuer {

    private final DevTokenConfig config;
    private final String audience;

    DevTokenIssuer(DevTokenConfig config, @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences) {
        this.config = config;
        this.audience = audiences.get(0);
    }

    DevTokenResponse issue(DevTokenRequest request) {
        long lifetime = config.lifetime().toSeconds();
        String token = Jwt.issuer(DevTokenConfig.DEV_ISSUER)
                .audience(audience)
                .subject(request.subject())
                .groups(new LinkedHashSet<>(request.roles()))
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(lifetime)
                .sign();
        return new DevTokenResponse(token, "Bearer", lifetime);
    }
}
