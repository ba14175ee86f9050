package org.backcare.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.backcare.access.PatientAccess;
import org.backcare.common.BackgroundJob;
import org.backcare.screening.ScreeningHistory;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, on every replica. A worker claims a batch with SELECT … FOR UPDATE SKIP
 * LOCKED (so two replicas never claim the same row) and leases it for a while, then sends
 * outside any transaction and records the outcome. A worker that dies mid-send leaves its lease
 * to expire, and the row is sent again: delivery is at least once, and receivers de-duplicate
 * on X-Backcare-Event-Id.
 */
@ApplicationScoped
class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** Hibernate's lock timeout meaning SKIP LOCKED (plain FOR UPDATE where the database lacks it). */
    private static final int SKIP_LOCKED = -2;

    private final WebhookConfig config;
    private final DeliverySender sender;
    private final PatientAccess access;
    private final ScreeningHistory screenings;
    private final TargetGuard guard;
    private final Clock clock;
    private final AtomicLong finishedRuns = new AtomicLong();

    DeliveryWorker(WebhookConfig config, DeliverySender sender, PatientAccess access, ScreeningHistory screenings,
            TargetGuard guard, Clock clock) {
        this.config = config;
        this.sender = sender;
        this.access = access;
        this.screenings = screenings;
        this.guard = guard;
        this.clock = clock;
    }

    @Scheduled(every = "${backcare.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.workerEnabled()) {
            BackgroundJob.run("webhook-delivery", () -> claim().forEach(this::deliver));
            finishedRuns.incrementAndGet();
        }
    }

    /** Passes of the worker completed so far: lets a check that nothing was sent prove the worker looked. */
    long finishedRuns() {
        return finishedRuns.get();
    }

    List<UUID> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find(
                    "status = ?1 and nextAttemptAt <= ?2 and (leaseUntil is null or leaseUntil < ?2) order by nextAttemptAt",
                    WebhookDelivery.Status.PENDING, now)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                    .page(0, config.batchSize()).list();
            due.forEach(d -> d.leaseUntil = now.plus(config.lease()));
            return due.stream().map(d -> d.id).toList();
        });
    }

    private void deliver(UUID deliveryId) {
        Optional<DeliverySender.Request> request = QuarkusTransaction.requiringNew().call(() -> prepare(deliveryId));
        if (request.isEmpty()) {
            return;
        }
        DeliverySender.Outcome outcome = sender.send(request.get());
        QuarkusTransaction.requiringNew().run(() -> record(deliveryId, outcome));
    }

    /** The request to send, or empty when the delivery must not be sent (any more). */
    private Optional<DeliverySender.Request> prepare(UUID deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || delivery.status != WebhookDelivery.Status.PENDING) {
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
        Optional<String> refusal = guard.refusal(webhook.url);
        if (refusal.isPresent()) {
            finish(delivery, WebhookDelivery.Status.FAILED, "The target URL " + refusal.get() + ".");
            return Optional.empty();
        }
        return Optional.of(new DeliverySender.Request(webhook.url, webhook.secret, delivery.eventId,
                delivery.eventType, delivery.payload));
    }

    private void record(UUID deliveryId, DeliverySender.Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        Instant now = clock.instant();
        delivery.attempts++;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error();
        delivery.leaseUntil = null;
        if (outcome.delivered()) {
            finish(delivery, WebhookDelivery.Status.DELIVERED, null);
            return;
        }
        Instant next = now.plus(backoff(delivery.attempts));
        if (next.isAfter(delivery.createdAt.plus(config.giveUpAfter()))) {
            LOG.warnf("Webhook delivery %s failed for good after %d attempts", delivery.id, delivery.attempts);
            finish(delivery, WebhookDelivery.Status.FAILED, outcome.error());
        } else {
            delivery.nextAttemptAt = next;
        }
    }

    private void finish(WebhookDelivery delivery, WebhookDelivery.Status status, String error) {
        delivery.status = status;
        delivery.finishedAt = clock.instant();
        if (error != null) {
            delivery.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        }
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
