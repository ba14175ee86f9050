package org.backcare.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.backcare.common.BackgroundJob;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, on every replica. A worker claims a batch with SELECT … FOR UPDATE SKIP
 * LOCKED (so two replicas never claim the same row) and leases it for a while, then sends
 * outside any transaction and records the outcome. A worker that dies mid-send leaves its lease
 * to expire, and the row is sent again: delivery is at least once, and receivers de-duplicate
 * on X-Backcare-Event-Id.
 *
 * <p>Each webhook's deliveries are sent by a task of their own, one webhook at a time per task,
 * and a webhook with a task still running is not claimed again: a slow or broken receiver holds
 * up only its own deliveries. Whatever goes wrong in one delivery is recorded as its failed
 * attempt, never thrown at the others.
 */
@ApplicationScoped
class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** Hibernate's lock timeout meaning SKIP LOCKED (plain FOR UPDATE where the database lacks it). */
    private static final int SKIP_LOCKED = -2;

    private final WebhookConfig config;
    private final DeliverySender sender;
    private final DeliveryAttempts attempts;
    private final Clock clock;
    private final Set<UUID> sending = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;
    private final AtomicLong finishedRuns = new AtomicLong();

    DeliveryWorker(WebhookConfig config, DeliverySender sender, DeliveryAttempts attempts, Clock clock) {
        this.config = config;
        this.sender = sender;
        this.attempts = attempts;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.concurrency(), task -> {
            Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${backcare.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.workerEnabled()) {
            BackgroundJob.run("webhook-delivery", this::claimAndSend);
        }
    }

    /**
     * Passes of the worker whose sends have all finished: lets a check that nothing was sent
     * prove the worker looked.
     */
    long finishedRuns() {
        return finishedRuns.get();
    }

    private void claimAndSend() {
        int idle = config.concurrency() - sending.size();
        if (idle <= 0) {
            return;
        }
        UUID lease = UUID.randomUUID();
        Map<UUID, List<UUID>> byWebhook = claim(lease, idle);
        sending.addAll(byWebhook.keySet());
        CompletableFuture<?>[] tasks = byWebhook.entrySet().stream()
                .map(batch -> CompletableFuture.runAsync(() -> sendAll(batch.getKey(), batch.getValue(), lease), pool))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(tasks).whenComplete((done, failure) -> finishedRuns.incrementAndGet());
    }

    /**
     * Due deliveries of at most {@code webhooks} webhooks (one per idle sender, so none waits in a
     * queue while its lease runs), leased under the pass's token, by webhook. Webhooks this
     * replica is still sending to are left alone.
     */
    Map<UUID, List<UUID>> claim(UUID lease, int webhooks) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            Set<UUID> busy = Set.copyOf(sending);
            List<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find(
                    "status = ?1 and nextAttemptAt <= ?2 and (leaseUntil is null or leaseUntil < ?2)"
                            + (busy.isEmpty() ? "" : " and webhookId not in ?3") + " order by nextAttemptAt",
                    busy.isEmpty() ? new Object[] {WebhookDelivery.Status.PENDING, now}
                            : new Object[] {WebhookDelivery.Status.PENDING, now, busy})
                    .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                    .page(0, config.batchSize()).list();
            Map<UUID, List<UUID>> byWebhook = new LinkedHashMap<>();
            for (WebhookDelivery delivery : due) {
                if (byWebhook.size() < webhooks || byWebhook.containsKey(delivery.webhookId)) {
                    delivery.leaseUntil = now.plus(config.lease());
                    delivery.leaseToken = lease;
                    byWebhook.computeIfAbsent(delivery.webhookId, w -> new ArrayList<>()).add(delivery.id);
                }
            }
            return byWebhook;
        });
    }

    /**
     * Sends one webhook's batch in order. When its receiver does not answer, the rest of the batch
     * is released for a later pass rather than each waiting out the timeout in turn (which could
     * outlast the lease and let another replica send them too).
     */
    private void sendAll(UUID webhookId, List<UUID> deliveryIds, UUID lease) {
        try {
            BackgroundJob.run("webhook-delivery", () -> {
                for (int i = 0; i < deliveryIds.size(); i++) {
                    if (!deliver(deliveryIds.get(i), lease)) {
                        attempts.release(deliveryIds.subList(i + 1, deliveryIds.size()), lease);
                        return;
                    }
                }
            });
        } finally {
            sending.remove(webhookId);
        }
    }

    /**
     * One attempt; anything that goes wrong is that attempt's failure, recorded with its reason.
     * False when the receiver gave no answer.
     */
    private boolean deliver(UUID deliveryId, UUID lease) {
        try {
            Optional<DeliverySender.Request> request = attempts.prepare(deliveryId, lease);
            if (request.isEmpty()) {
                return true;
            }
            DeliverySender.Outcome outcome = sender.send(request.get());
            attempts.record(deliveryId, outcome);
            return outcome.status() != null;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %s failed in the worker", deliveryId);
            try {
                // The class only: a message could carry configuration or SQL the clinic must not see.
                attempts.record(deliveryId, new DeliverySender.Outcome(null, "Not sent: an error in the sender ("
                        + e.getClass().getSimpleName() + "); it is logged as delivery " + deliveryId + ".", false));
            } catch (RuntimeException unrecorded) {
                // The database is out of reach too: the lease expires and the delivery is tried again.
                LOG.warnf(unrecorded, "Could not record the failure of webhook delivery %s", deliveryId);
            }
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    }
}
