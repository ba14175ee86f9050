package org.backcare.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.backcare.common.BackgroundJob;
import org.backcare.common.DatabaseFaults;
import org.backcare.common.ProblemType;
import org.backcare.identity.DevTokenConfig;
import org.jboss.logging.Logger;

/**
 * At startup (and hourly): refuses the development sealing key outside development, then seals every secret
 * still in the clear (rows from before secrets were sealed) or under a key other than the sealing
 * one (after a key rotation). Each row is resealed in a transaction of its own under its version,
 * so replicas starting together, or a rotation meanwhile, never overwrite each other.
 */
@ApplicationScoped
class SecretReseal {

    private static final Logger LOG = Logger.getLogger(SecretReseal.class);

    static final String HOW_TO_CONFIGURE = """
            Backcare API refuses to start: webhook secrets would be sealed with the development key,
            which is published in this repository.
              Set BACKCARE_WEBHOOKS_SECRET_KEYS to "<key id>:<base64 of 32 random bytes>"
                (e.g. from: echo "2026-11:$(openssl rand -base64 32)"), kept in a Kubernetes Secret.
              To rotate, put the new key first and keep the old one after it: secrets are resealed
              under the first key at startup.
              For local use only, start with -Dbackcare.dev-tokens.enabled=true.""";

    private final SecretSealer sealer;
    private final DevTokenConfig devTokens;

    SecretReseal(SecretSealer sealer, DevTokenConfig devTokens) {
        this.sealer = sealer;
        this.devTokens = devTokens;
    }

    void onStart(@Observes StartupEvent startup) {
        refuseDevelopmentKey();
        BackgroundJob.run("webhook-secret-reseal", this::resealAll);
    }

    void refuseDevelopmentKey() {
        if (sealer.sealsWithDevelopmentKey() && !devTokens.enabled()) {
            throw new IllegalStateException(HOW_TO_CONFIGURE);
        }
    }

    /**
     * Every hour as well: a replica still on the old key during a key change, or a row another
     * replica was resealing at the same moment, is caught on the next pass.
     */
    @Scheduled(every = "PT1H", delayed = "PT10M", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resealEveryHour() {
        BackgroundJob.run("webhook-secret-reseal", this::resealAll);
    }

    /** How many webhooks were resealed; logs how many are still under another key or in the clear. */
    int resealAll() {
        List<UUID> stale = QuarkusTransaction.requiringNew().call(() -> Webhook.<Webhook>find(
                "legacySecret is not null or secretKeyId <> ?1 or previousSecretKeyId <> ?1", sealer.sealingKeyId())
                .project(WebhookId.class).list().stream().map(WebhookId::id).toList());
        int resealed = 0;
        for (UUID id : stale) {
            try {
                QuarkusTransaction.requiringNew().run(() -> reseal(id));
                resealed++;
            } catch (RuntimeException e) {
                if (DatabaseFaults.classify(e).filter(f -> f.kind() == ProblemType.PRECONDITION_FAILED).isPresent()) {
                    LOG.debugf("Webhook %s changed while resealing (another replica, or a rotation): next pass", id);
                } else {
                    LOG.errorf(e, "Could not reseal the secret of webhook %s; its deliveries fail until it can be", id);
                }
            }
        }
        if (!stale.isEmpty()) {
            LOG.infof("Webhook secrets: %d resealed under key \"%s\", %d still under another key or in the clear",
                    resealed, sealer.sealingKeyId(), stale.size() - resealed);
        }
        return resealed;
    }

    private void reseal(UUID id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null) {
            return;
        }
        webhook.keepSecret(sealer.seal(id, sealer.currentSecret(webhook)));
        SecretSealer.Sealed previous = webhook.sealedPreviousSecret();
        if (previous != null) {
            webhook.keepPreviousSecret(sealer.seal(id, sealer.open(id, previous)), webhook.previousSecretUntil);
        }
    }

    /** Only the id, so a long list of webhooks is not loaded whole. */
    record WebhookId(UUID id) {
    }
}
