package org.backcare.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

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

    /** Deliveries sent at once by one replica, never two to the same webhook at a time. */
    @WithDefault("8")
    int concurrency();

    /**
     * The AES-256 keys that seal webhook secrets at rest, each "id:base64 of 32 bytes". The first
     * seals; every one opens, so a new key goes first and the old one stays until the startup
     * reseal has moved every secret to the new key. The default is the development key, which
     * only a server with development tokens on accepts.
     */
    @WithDefault(SecretSealer.DEV_KEY)
    List<String> secretKeys();

    /** How long a rotated-out secret still signs deliveries beside the new one. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    /**
     * Development and tests only: plain http to loopback, and loopback or private targets. In
     * production every target is https on a public address.
     */
    @WithDefault("false")
    boolean allowLocalTargets();
}
