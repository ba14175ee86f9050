package org.backcare.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "backcare.dev-tokens")
public interface DevTokenConfig {

    /** Location of the development public key shipped in the repository. */
    String DEV_PUBLIC_KEY = "dev-keys/jwt-public.pem";
    /** Issuer of development tokens; production must configure its identity provider's. */
    String DEV_ISSUER = "https://backcare.dev/dev-issuer";

    /** Serves {@code POST /dev/tokens}. Never in production: anyone could mint any identity. */
    @WithDefault("false")
    boolean enabled();

    /** How long a development token stays valid: within smallrye.jwt.time-to-live, or it is refused. */
    @WithDefault("PT1H")
    Duration lifetime();
}
