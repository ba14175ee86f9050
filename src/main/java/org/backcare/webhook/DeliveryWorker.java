package org.backcare.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.backcare.common.BackgroundJob;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, on every replica. A pass claims deliveries (see {@link DeliveryClaims}),
 * leasing them for a while, then sends outside any transaction and records the outcome. A worker
 * that dies mid-send leaves its lease to expire, and the row is sent again: delivery is at least
 * once, and receivers de-duplicate on X-Backcare-Event-Id.
 *
 * <p>A pass runs on every poll, right after a commit that queued deliveries on this replica (an
 * emergency reaches the clinic at once, not a poll later), and when a sender frees up while
 * deliveries may wait. Passes run one at a time, and requests for a pass while one waits to run
 * make no second one.
 *
 * <p>Each webhook's deliveries are sent by a task of their own, one webhook at a time per task,
 * and a webhook with a task still running is not claimed again: a slow or broken receiver holds
 * up only its own deliveries. Whatever goes wrong in one delivery is recorded as its failed
 * attempt, never thrown at the others.
 */
@ApplicationScoped
class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final WebhookConfig config;
    private final DeliveryClaims claims;
    private final DeliverySender sender;
    private final DeliveryAttempts attempts;
    private final Clock clock;
    private final Set<UUID> sending = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;
    private final ExecutorService passes = Executors.newSingleThreadExecutor(daemon("webhook-pass"));
    private final AtomicBoolean passWaiting = new AtomicBoolean();
    private final AtomicLong finishedRuns = new AtomicLong();

    DeliveryWorker(WebhookConfig config, DeliveryClaims claims, DeliverySender sender, DeliveryAttempts attempts,
            Clock clock) {
        this.config = config;
        this.claims = claims;
        this.sender = sender;
        this.attempts = attempts;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(config.concurrency(), daemon("webhook-sender"));
    }

    @Scheduled(every = "${backcare.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        wake();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.DeliveriesQueued queued) {
        wake();
    }

    /** Asks for a pass soon; never blocks, so it may be called where a transaction completes. */
    private void wake() {
        if (config.workerEnabled() && passWaiting.compareAndSet(false, true)) {
            try {
                passes.execute(() -> {
                    passWaiting.set(false);
                    BackgroundJob.run("webhook-delivery", this::claimAndSend);
                });
            } catch (RejectedExecutionException shuttingDown) {
                passWaiting.set(false);
            }
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
        Map<UUID, List<UUID>> byWebhook;
        try {
            byWebhook = claims.claim(lease, clock.instant(), idle, Set.copyOf(sending));
        } catch (RuntimeException e) {
            // The database is out of reach: the next poll tries again.
            LOG.warn("Could not claim webhook deliveries", e);
            return;
        }
        sending.addAll(byWebhook.keySet());
        CompletableFuture<?>[] tasks = byWebhook.entrySet().stream()
                .map(batch -> CompletableFuture.runAsync(() -> sendAll(batch.getKey(), batch.getValue(), lease), pool))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(tasks).whenComplete((done, failure) -> finishedRuns.incrementAndGet());
    }

    /**
     * Sends one webhook's batch in order. When its receiver does not answer, the rest of the batch
     * is released for a later pass rather than each waiting out the timeout in turn (which could
     * outlast the lease and let another replica send them too).
     */
    private void sendAll(UUID webhookId, List<UUID> deliveryIds, UUID lease) {
        AtomicBoolean attempted = new AtomicBoolean();
        try {
            BackgroundJob.run("webhook-delivery", () -> {
                for (int i = 0; i < deliveryIds.size(); i++) {
                    Attempt attempt = deliver(deliveryIds.get(i), lease);
                    if (attempt != Attempt.NOT_MADE) {
                        attempted.set(true);
                    }
                    if (attempt == Attempt.UNANSWERED) {
                        attempts.release(deliveryIds.subList(i + 1, deliveryIds.size()), lease);
                        return;
                    }
                }
            });
        } finally {
            sending.remove(webhookId);
            if (attempted.get()) {   // this webhook's later deliveries, or others', may be waiting for a sender
                wake();
            }
        }
    }

    private enum Attempt { NOT_MADE, ANSWERED, UNANSWERED }

    /** One attempt; anything that goes wrong is that attempt's failure, recorded with its reason. */
    private Attempt deliver(UUID deliveryId, UUID lease) {
        try {
            Optional<DeliverySender.Request> request = attempts.prepare(deliveryId, lease);
            if (request.isEmpty()) {
                return Attempt.NOT_MADE;
            }
            DeliverySender.Outcome outcome = sender.send(request.get());
            attempts.record(deliveryId, outcome);
            return outcome.status() != null ? Attempt.ANSWERED : Attempt.UNANSWERED;
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
            return Attempt.UNANSWERED;
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger threads = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() throws InterruptedException {
        passes.shutdown();
        pool.shutdown();
        pool.awaitTermination(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    }
}
