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
import org.backcare.common.Preconditions;

/** A clinic integration's webhooks: only its own are visible to it (others are 404). */
@ApplicationScoped
@Transactional
class WebhookService {

    private static final Keyset WEBHOOKS = Keyset.byTime("webhooks", "ownerSubject", "createdAt", true);
    private static final Keyset DELIVERIES = Keyset.byTime("deliveries", "webhookId", "createdAt", true);

    private final Caller caller;
    private final TargetGuard guard;
    private final SecretSealer sealer;
    private final WebhookConfig config;
    private final Clock clock;

    WebhookService(Caller caller, TargetGuard guard, SecretSealer sealer, WebhookConfig config, Clock clock) {
        this.caller = caller;
        this.guard = guard;
        this.sealer = sealer;
        this.config = config;
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
        String secret = SecretSealer.generate();
        webhook.keepSecret(sealer.seal(webhook.id, secret));
        webhook.createdAt = clock.instant();
        webhook.version = 1;
        webhook.persist();
        return webhook.view().withSecret(secret);
    }

    /**
     * A new secret, shown in this answer only. The one it replaces still signs deliveries, beside
     * it, for the rotation overlap, so receivers can switch without losing any; a secret that was
     * itself still overlapping stops signing now.
     */
    WebhookView rotateSecret(UUID webhookId, String ifMatch) {
        Webhook webhook = own(webhookId);
        Preconditions.checkMatch(ifMatch, webhook.version);
        String secret = SecretSealer.generate();
        SecretSealer.Sealed current = webhook.legacySecret != null ? sealer.seal(webhookId, webhook.legacySecret)
                : webhook.sealedSecret();
        webhook.keepPreviousSecret(current, clock.instant().plus(config.rotationOverlap()));
        webhook.keepSecret(sealer.seal(webhookId, secret));
        Webhook.flush();   // the version check and bump, so the answer carries the new version
        return webhook.view().withSecret(secret);
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
