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
import java.util.Set;
import java.util.UUID;

/** A grant waiting for its holder; only a hash of the code is kept. */
@Entity
@Table(name = "invitation")
class Invitation extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
    String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, length = 16)
    Relationship relationship;

    @Convert(converter = ScopeSetConverter.class)
    @Column(name = "scopes", nullable = false, length = 255)
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);

    @Column(name = "grant_expires_at")
    Instant grantExpiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "accepted_by", length = 255)
    String acceptedBy;

    @Column(name = "accepted_at")
    Instant acceptedAt;

    /** Moved by acceptance (a compare-and-set) so a withdrawal racing it finds the invitation changed. */
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
