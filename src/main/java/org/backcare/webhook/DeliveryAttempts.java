package org.backcare.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcare.access.PatientAccess;
import org.backcare.screening.ScreeningHistory;
import org.jboss.logging.Logger;

/** What one delivery attempt reads before sending and writes after, each in a transaction of its own. */
@ApplicationScoped
class DeliveryAttempts {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final WebhookConfig config;
    private final PatientAccess access;
    private final ScreeningHistory screenings;
    private final SecretSealer sealer;
    private final Clock clock;

    DeliveryAttempts(WebhookConfig config, PatientAccess access, ScreeningHistory screenings, SecretSealer sealer,
            Clock clock) {
        this.config = config;
        this.access = access;
        this.screenings = screenings;
        this.sealer = sealer;
        this.clock = clock;
    }

    /**
     * The request to send, or empty when the delivery must not be sent (any more), or not by this
     * pass: its lease is another's, or too short to cover an attempt (it is then given back).
     */
    Optional<DeliverySender.Request> prepare(UUID deliveryId, UUID lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
            if (delivery == null || delivery.status != WebhookDelivery.Status.PENDING
                    || !lease.equals(delivery.leaseToken)) {
                return Optional.empty();
            }
            if (delivery.leaseUntil.isBefore(clock.instant().plus(config.timeout()))) {
                delivery.leaseUntil = null;
                delivery.leaseToken = null;
                return Optional.empty();
            }
            Webhook webhook = Webhook.findById(delivery.webhookId);
            boolean fromPrivateEntry = delivery.screeningId != null && screenings.isPrivate(delivery.screeningId);
            boolean mayRead = access.standingOf(delivery.patientId, webhook.ownerSubject)
                    .filter(owner -> owner.seesScreening(fromPrivateEntry)).isPresent();
            if (!mayRead) {
                finish(delivery, WebhookDelivery.Status.CANCELLED, "The patient no longer lets you see this screening.");
                return Optional.empty();
            }
            return Optional.of(new DeliverySender.Request(webhook.url, secrets(webhook), delivery.eventId,
                    delivery.eventType, delivery.payload));
        });
    }

    /** The current secret, then the one a rotation replaced while it still signs. */
    private List<String> secrets(Webhook webhook) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(sealer.currentSecret(webhook));
        if (webhook.previousSecretSealed != null && clock.instant().isBefore(webhook.previousSecretUntil)) {
            secrets.add(sealer.open(webhook.id, webhook.sealedPreviousSecret()));
        }
        return secrets;
    }

    /**
     * Counts the attempt: delivered, retried after a backoff, or given up (past giveUpAfter, or
     * refused because the target now resolves where it may not, which a retry would not change).
     */
    void record(UUID deliveryId, DeliverySender.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
            if (delivery == null) {
                return;
            }
            Instant now = clock.instant();
            delivery.attempts++;
            delivery.lastStatus = outcome.status();
            delivery.lastError = truncate(outcome.error());
            delivery.leaseUntil = null;
            delivery.leaseToken = null;
            if (outcome.delivered()) {
                finish(delivery, WebhookDelivery.Status.DELIVERED, null);
                return;
            }
            Instant next = now.plus(backoff(delivery.attempts));
            if (outcome.refused() || next.isAfter(delivery.createdAt.plus(config.giveUpAfter()))) {
                LOG.warnf("Webhook delivery %s failed for good after %d attempts", delivery.id, delivery.attempts);
                finish(delivery, WebhookDelivery.Status.FAILED, outcome.error());
            } else {
                delivery.nextAttemptAt = next;
            }
        });
    }

    /** Gives deliveries this pass still holds back unsent, for the next pass of any replica. */
    void release(List<UUID> deliveryIds, UUID lease) {
        if (!deliveryIds.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update(
                    "leaseUntil = null, leaseToken = null where id in ?1 and status = ?2 and leaseToken = ?3",
                    deliveryIds, WebhookDelivery.Status.PENDING, lease));
        }
    }

    private void finish(WebhookDelivery delivery, WebhookDelivery.Status status, String error) {
        delivery.status = status;
        delivery.finishedAt = clock.instant();
        if (error != null) {
            delivery.lastError = truncate(error);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    /** initialBackoff, doubled for each further attempt, at most maxBackoff. */
    Duration backoff(int attempts) {
        Duration delay = config.initialBackoff();
        for (int i = 1; i < attempts && delay.compareTo(config.maxBackoff()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }
}
