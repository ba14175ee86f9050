package org.backcare.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.backcare.access.PatientAccess;
import org.backcare.screening.ScreeningEvent;

/**
 * Writes a delivery for every webhook whose owner may see the screening, in the
 * transaction that stores the screening: no screening without its events, no event without it.
 * The body says what happened and where to read it, not the answers: the clinic fetches those
 * with its own token, so health details never wait in the outbox or travel unasked.
 */
@ApplicationScoped
class Outbox {

    /** Fired once a transaction has queued deliveries; observed when (and if) it commits. */
    record DeliveriesQueued() {
    }

    private final PatientAccess access;
    private final ObjectMapper json;
    private final Event<DeliveriesQueued> queued;

    Outbox(PatientAccess access, ObjectMapper json, Event<DeliveriesQueued> queued) {
        this.access = access;
        this.json = json;
        this.queued = queued;
    }

    void on(@Observes ScreeningEvent event) {
        WebhookEventType type = WebhookEventType.of(event.kind());
        UUID eventId = UUID.randomUUID();
        String payload = payload(eventId, type, event);
        boolean any = false;
        for (Webhook webhook : Webhook.<Webhook>list("select w from Webhook w join w.events e where e = ?1", type)) {
            boolean mayRead = access.standingOf(event.patientId(), webhook.ownerSubject)
                    .filter(owner -> owner.seesScreening(event.fromPrivateEntry())).isPresent();
            if (mayRead) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.id = UUID.randomUUID();
                delivery.webhookId = webhook.id;
                delivery.eventId = eventId;
                delivery.patientId = event.patientId();
                delivery.screeningId = event.screeningId();
                delivery.eventType = type;
                delivery.payload = payload;
                delivery.status = WebhookDelivery.Status.PENDING;
                delivery.attempts = 0;
                delivery.nextAttemptAt = event.occurredAt();
                delivery.createdAt = event.occurredAt();
                delivery.persist();
                any = true;
            }
        }
        if (any) {
            queued.fire(new DeliveriesQueued());
        }
    }

    private String payload(UUID eventId, WebhookEventType type, ScreeningEvent event) {
        WebhookEvent body = new WebhookEvent(eventId, type.value(), event.occurredAt(), event.patientId(),
                event.screeningId(), event.triage(),
                "/v1/patients/" + event.patientId() + "/screenings/" + event.screeningId());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
