package org.backcare.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A client's idempotency key and the first answer given to it. Written in the transaction of the
 * create itself, so the two exist together or not at all; erased with the patient it concerns.
 */
@Entity
@Table(name = "idempotency_key")
class IdempotencyRecord extends PanacheEntityBase {

    /** SHA-256 of the caller's subject and the key: keys are the caller's own. */
    @Id
    @Column(name = "id", length = 64)
    String id;

    @Column(name = "patient_id")
    UUID patientId;

    /** SHA-256 of method, path and body: the same key with another request is refused. */
    @Column(name = "fingerprint", nullable = false, length = 64)
    String fingerprint;

    @Column(name = "status", nullable = false)
    int status;

    @Column(name = "location", length = 2000)
    String location;

    @Column(name = "etag", length = 100)
    String etag;

    @Column(name = "body", length = 1000000)
    String body;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
