package org.backcare.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The development private key is in the repository, so a server verifying tokens with its
 * public key accepts tokens anyone can forge. Refuse to run that way unless someone asked
 * for it explicitly.
 */
@ApplicationScoped
class TokenKeyGuard {

    private static final Logger LOG = Logger.getLogger(TokenKeyGuard.class);

    static final String HOW_TO_CONFIGURE = """
            Backcare API refuses to start: no production token verification key is configured.
              Set MP_JWT_VERIFY_PUBLICKEY_LOCATION to your identity provider's JWKS URL
                (e.g. https://idp.example.org/realms/backcare/protocol/openid-connect/certs)
              and MP_JWT_VERIFY_ISSUER to the issuer its tokens carry
                (e.g. https://idp.example.org/realms/backcare).
              For local use only, start with -Dbackcare.dev-tokens.enabled=true to use the
              development key pair and POST /dev/tokens.""";

    private final DevTokenConfig devTokens;
    private final String publicKeyLocation;
    private final String issuer;

    TokenKeyGuard(DevTokenConfig devTokens,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.devTokens = devTokens;
        this.publicKeyLocation = publicKeyLocation;
        this.issuer = issuer;
    }

    void check(@Observes StartupEvent startup) {
        boolean devKey = publicKeyLocation.strip().endsWith(DevTokenConfig.DEV_PUBLIC_KEY)
                || DevTokenConfig.DEV_ISSUER.equals(issuer);
        if (devTokens.enabled()) {
            LOG.warn("""

                    ************************************************************************
                    *  DEVELOPMENT TOKENS ARE ENABLED (backcare.dev-tokens.enabled=true).  *
                    *  POST /dev/tokens mints a token for ANY subject and role, signed     *
                    *  with a key published in the repository. NEVER run this way with     *
                    *  real people's data.                                                  *
                    ************************************************************************""");
        } else if (devKey) {
            throw new IllegalStateException(HOW_TO_CONFIGURE);
        }
    }
}
