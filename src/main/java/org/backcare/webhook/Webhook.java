package org.backcare.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_event_type", joinColumns = @JoinColumn(name = "webhook_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 32)
    Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);

    @Column(name = "secret", nullable = false, length = 256)
    String secret;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    WebhookView view() {
        return new WebhookView(id, url, Set.copyOf(events), createdAt, version);
    }
}
