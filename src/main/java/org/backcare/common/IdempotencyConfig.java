package org.backcare.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "backcare.idempotency")
interface IdempotencyConfig {

    /** How long a key and its first answer are kept (the draft asks for at least a day). */
    @WithDefault("PT24H")
    Duration ttl();
}
