package org.backcare.partnerplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A plan: its parts as one JSON document, versioned for If-Match; archived rather than deleted. */
@Entity
@Table(name = "partner_plan")
class PartnerPlan extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "partner_subject", nullable = false, length = 255)
    String partnerSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    PlanInput.PlanStatus status;

    @Column(name = "document", nullable = false, length = 60000)
    String document;

    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "last_check_in_at")
    Instant lastCheckInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
