package org.backcare.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "backcare.invitations")
interface InvitationConfig {

    /** How long an invitation code can be accepted. */
    @WithDefault("PT48H")
    Duration ttl();
}
