package org.backcare.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "backcare.webhooks")
interface WebhookConfig {

    /** Off on an instance that must not send (the restart test's first run); the outbox still fills. */
    @WithDefault("true")
    boolean workerEnabled();

    /** How often each replica's worker looks for due deliveries (read by DeliveryWorker's @Scheduled). */
    @WithDefault("2s")
    String pollInterval();

    /** How long a claimed delivery is reserved for its worker; after that another may retry it. */
    @WithDefault("PT2M")
    Duration lease();

    @WithDefault("PT10S")
    Duration timeout();

    /** First retry delay; each further retry doubles it, up to maxBackoff. */
    @WithDefault("PT10S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** After this long since the event, a delivery that never got a 2xx is marked FAILED. */
    @WithDefault("PT24H")
    Duration giveUpAfter();

    @WithDefault("20")
    int batchSize();

    /**
     * Development and tests only: plain http to loopback, and loopback or private targets. In
     * production every target is https on a public address.
     */
    @WithDefault("false")
    boolean allowLocalTargets();
}
