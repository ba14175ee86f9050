package org.backcare.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of a patient's data by someone other than the patient. Append-only. */
@Entity
@Table(name = "access_log")
class AccessLogEntry extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "actor_subject", nullable = false, length = 255, updatable = false)
    String actorSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, length = 16, updatable = false)
    Relationship relationship;

    @Column(name = "action", nullable = false, length = 64, updatable = false)
    String action;

    @Column(name = "path", nullable = false, length = 512, updatable = false)
    String path;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;
}
