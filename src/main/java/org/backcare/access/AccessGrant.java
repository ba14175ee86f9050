package org.backcare.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Consent: one subject may act on one patient's data within the given scopes. */
@Entity
@Table(name = "access_grant")
class AccessGrant extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "subject", nullable = false, length = 255, updatable = false)
    String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, length = 16)
    Relationship relationship;

    @Convert(converter = ScopeSetConverter.class)
    @Column(name = "scopes", nullable = false, length = 255)
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    static Optional<AccessGrant> findFor(UUID patientId, String subject) {
        return find("patientId = ?1 and subject = ?2", patientId, subject).firstResultOptional();
    }
}
