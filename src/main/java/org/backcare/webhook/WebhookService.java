package org.backcare.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcare.common.ApiException;
import org.backcare.common.Caller;
import org.backcare.common.Keyset;
import org.backcare.common.KeysetCursor;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

/** A clinic integration's webhooks: only its own are visible to it (others are 404). */
@ApplicationScoped
@Transactional
class WebhookService {

    private final Caller caller;
    private final TargetGuard guard;
    private final Clock clock;

    WebhookService(Caller caller, WebhookConfig config, Clock clock) {
        this.caller = caller;
        this.guard = new TargetGuard(config.allowLocalTargets());
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
        webhook.events = input.events().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        webhook.secret = input.secret();
        webhook.createdAt = clock.instant();
        webhook.persist();
        return webhook.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<WebhookView> list(PageParams page) {
        Keyset keyset = Keyset.page("ownerSubject = ?1", new Object[] {caller.subject()}, "createdAt", page.cursor, true);
        List<Webhook> rows = Webhook.<Webhook>find(keyset.query(), keyset.params()).page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, Webhook::view, w -> new KeysetCursor(w.createdAt, w.id).encode());
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
        Keyset keyset = Keyset.page("webhookId = ?1", new Object[] {webhookId}, "createdAt", page.cursor, true);
        List<WebhookDelivery> rows = WebhookDelivery.<WebhookDelivery>find(keyset.query(), keyset.params())
                .page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, WebhookDelivery::view, d -> new KeysetCursor(d.createdAt, d.id).encode());
    }

    private Webhook own(UUID webhookId) {
        Webhook webhook = Webhook.findById(webhookId);
        if (webhook == null || !webhook.ownerSubject.equals(caller.subject())) {
            throw ApiException.notFound("No webhook " + webhookId + " is visible to you.");
        }
        return webhook;
    }
}
