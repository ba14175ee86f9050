package org.backcare.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which due deliveries a pass of the worker takes, leased under the pass's token so that no other
 * pass or replica sends them meanwhile. Webhooks are chosen first, oldest due delivery first, and
 * only then their deliveries: one webhook's backlog never fills a pass and keeps the others
 * waiting while senders sit idle.
 */
@ApplicationScoped
class DeliveryClaims {

    /** Hibernate's lock timeout meaning SKIP LOCKED (plain FOR UPDATE where the database lacks it). */
    private static final int SKIP_LOCKED = -2;
    private static final String DUE = "d.status = :pending and d.nextAttemptAt <= :now"
            + " and (d.leaseUntil is null or d.leaseUntil < :now)";

    private final WebhookConfig config;
    private final EntityManager em;

    DeliveryClaims(WebhookConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    /**
     * Deliveries due at {@code now} of at most {@code webhooks} webhooks, none of them in
     * {@code busy} (this replica is still sending to those), at most a batch per webhook, by webhook.
     */
    Map<UUID, List<UUID>> claim(UUID lease, Instant now, int webhooks, Set<UUID> busy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, List<UUID>> byWebhook = new LinkedHashMap<>();
            for (UUID webhookId : dueWebhooks(now, webhooks, busy)) {
                List<UUID> claimed = new ArrayList<>();
                for (WebhookDelivery delivery : dueDeliveries(webhookId, now)) {
                    delivery.leaseUntil = now.plus(config.lease());
                    delivery.leaseToken = lease;
                    claimed.add(delivery.id);
                }
                if (!claimed.isEmpty()) {   // empty when another replica locked them first
                    byWebhook.put(webhookId, claimed);
                }
            }
            return byWebhook;
        });
    }

    private List<UUID> dueWebhooks(Instant now, int limit, Set<UUID> busy) {
        TypedQuery<UUID> query = em.createQuery("select d.webhookId from WebhookDelivery d where " + DUE
                        + (busy.isEmpty() ? "" : " and d.webhookId not in :busy")
                        + " group by d.webhookId order by min(d.nextAttemptAt)", UUID.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit);
        if (!busy.isEmpty()) {
            query.setParameter("busy", busy);
        }
        return query.getResultList();
    }

    private List<WebhookDelivery> dueDeliveries(UUID webhookId, Instant now) {
        return em.createQuery("select d from WebhookDelivery d where d.webhookId = :webhook and " + DUE
                        + " order by d.nextAttemptAt", WebhookDelivery.class)
                .setParameter("webhook", webhookId)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(config.batchSize())
                .getResultList();
    }
}
