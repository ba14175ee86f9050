package org.backcare.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for one webhook: the outbox row, and afterwards the record of how it went. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery extends PanacheEntityBase {

    enum Status { PENDING, DELIVERED, FAILED, CANCELLED }

    @Id
    UUID id;

    @Column(name = "webhook_id", nullable = false)
    UUID webhookId;

    @Column(name = "event_id", nullable = false)
    UUID eventId;

    @Column(name = "patient_id", nullable = false)
    UUID patientId;

    /** The screening the event is about; its visibility is asked again before every attempt. */
    @Column(name = "screening_id")
    UUID screeningId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    WebhookEventType eventType;

    @Column(name = "payload", nullable = false, length = 4000)
    String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    Status status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "lease_until")
    Instant leaseUntil;

    /** The claiming pass's token: only that pass may send while the lease lasts. */
    @Column(name = "lease_token")
    UUID leaseToken;

    @Column(name = "last_status")
    Integer lastStatus;

    @Column(name = "last_error", length = 500)
    String lastError;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    DeliveryView view() {
        return new DeliveryView(id, eventId, eventType, patientId, screeningId, status, attempts, lastStatus, lastError, createdAt,
                status == Status.PENDING ? nextAttemptAt : null, finishedAt);
    }
}
