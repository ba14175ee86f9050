package org.backcare.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.backcare.common.ApiException;
import org.backcare.common.Caller;
import org.backcare.common.Keyset;
import io.quarkus.panache.common.Parameters;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

/** A clinic integration's webhooks: only its own are visible to it (others are 404). */
@ApplicationScoped
@Transactional
class WebhookService {

    private static final Keyset WEBHOOKS = Keyset.byTime("webhooks", "ownerSubject", "createdAt", true);
    private static final Keyset DELIVERIES = Keyset.byTime("deliveries", "webhookId", "createdAt", true);

    private final Caller caller;
    private final TargetGuard guard;
    private final Clock clock;

    WebhookService(Caller caller, TargetGuard guard, Clock clock) {
        this.caller = caller;
        this.guard = guard;
        this.clock = clock;
    }

    WebhookView create(WebhookInput input) {
        guard.refusal(input.url()).ifPresent(why -> {
            throw ApiException.invalid("url", why);
        });
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.ownerSubject = caller.subject();
        webhook.url = input.url();
        webhook.events = EnumSet.copyOf(input.events());
        webhook.secret = input.secret();
        webhook.createdAt = clock.instant();
        webhook.version = 1;
        webhook.persist();
        return webhook.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<WebhookView> list(PageParams page) {
        return WEBHOOKS.page((q, p) -> Webhook.find(q, p), "ownerSubject = :owner", Parameters.with("owner", caller.subject()), page,
                Webhook::view, w -> List.of(w.createdAt, w.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    WebhookView get(UUID webhookId) {
        return own(webhookId).view();
    }

    /** Removes the webhook; its pending deliveries go with it. */
    void delete(UUID webhookId) {
        own(webhookId).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<DeliveryView> deliveries(UUID webhookId, PageParams page) {
        own(webhookId);
        return DELIVERIES.page((q, p) -> WebhookDelivery.find(q, p), "webhookId = :webhook", Parameters.with("webhook", webhookId),
                page, WebhookDelivery::view, d -> List.of(d.createdAt, d.id));
    }

    private Webhook own(UUID webhookId) {
        Webhook webhook = Webhook.findById(webhookId);
        if (webhook == null || !webhook.ownerSubject.equals(caller.subject())) {
            throw ApiException.notFound("No webhook " + webhookId + " is visible to you.");
        }
        return webhook;
    }
}
