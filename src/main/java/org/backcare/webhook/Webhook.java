package org.backcare.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A clinic integration's subscription; the secret signs every delivery and is never shown again. */
@Entity
@Table(name = "webhook")
class Webhook extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "owner_subject", nullable = false)
    String ownerSubject;

    @Column(name = "url", nullable = false, length = 2000)
    String url;

    @Column(name = "events", nullable = false, length = 200)
    String events;

    @Column(name = "secret", nullable = false, length = 256)
    String secret;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    Set<WebhookEventType> eventTypes() {
        return Arrays.stream(events.split(",")).map(WebhookEventType::valueOf).collect(Collectors.toSet());
    }

    WebhookView view() {
        return new WebhookView(id, url, eventTypes(), createdAt, version);
    }
}
