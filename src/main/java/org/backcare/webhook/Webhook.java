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
import org.backcare.common.EnumSets;

/** A clinic integration's subscription; its secret signs every delivery and is shown only when made. */
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

    /** Plaintext from before secrets were sealed; emptied by SecretReseal at the first start. */
    @Column(name = "secret", length = 256)
    String legacySecret;

    @Column(name = "secret_key_id", length = 64)
    String secretKeyId;

    @Column(name = "secret_sealed", length = 512)
    String secretSealed;

    /** The secret a rotation replaced: it still signs, beside the new one, until previousSecretUntil. */
    @Column(name = "previous_secret_key_id", length = 64)
    String previousSecretKeyId;

    @Column(name = "previous_secret_sealed", length = 512)
    String previousSecretSealed;

    @Column(name = "previous_secret_until")
    Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    WebhookView view() {
        return new WebhookView(id, url, EnumSets.inDeclarationOrder(events, WebhookEventType.class), createdAt, version,
                null, previousSecretUntil);
    }

    SecretSealer.Sealed sealedSecret() {
        return secretSealed == null ? null : new SecretSealer.Sealed(secretKeyId, secretSealed);
    }

    SecretSealer.Sealed sealedPreviousSecret() {
        return previousSecretSealed == null ? null : new SecretSealer.Sealed(previousSecretKeyId, previousSecretSealed);
    }

    void keepSecret(SecretSealer.Sealed sealed) {
        legacySecret = null;
        secretKeyId = sealed.keyId();
        secretSealed = sealed.value();
    }

    void keepPreviousSecret(SecretSealer.Sealed sealed, Instant until) {
        previousSecretKeyId = sealed == null ? null : sealed.keyId();
        previousSecretSealed = sealed == null ? null : sealed.value();
        previousSecretUntil = sealed == null ? null : until;
    }
}
