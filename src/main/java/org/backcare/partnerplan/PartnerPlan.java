package org.backcare.partnerplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.ApiException;

/**
 * A plan: its parts as one JSON document, versioned for If-Match (the update checks the version
 * in the database); archived rather than deleted.
 */
@Entity
@Table(name = "partner_plan")
class PartnerPlan extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "partner_subject", nullable = false, length = 255)
    String partnerSubject;

    /** The partner while the plan is ACTIVE, else null: unique per patient, so one active plan per partner. */
    @Column(name = "active_partner", length = 255)
    String activePartner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    PlanInput.PlanStatus status;

    @Column(name = "document", nullable = false, length = 60000)
    String document;

    /** The catalog entries the plan shares, kept beside the document so the catalog can ask by slug. */
    @ElementCollection
    @CollectionTable(name = "partner_plan_exercise", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "exercise_slug", nullable = false, length = 64)
    Set<String> exerciseSlugs = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "last_check_in_at")
    Instant lastCheckInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    static PartnerPlan visible(UUID patientId, UUID planId, AccessContext caller) {
        return PartnerPlan.<PartnerPlan>findByIdOptional(planId)
                .filter(p -> p.patientId.equals(patientId) && caller.seesPlan(p.partnerSubject))
                .orElseThrow(() -> notFound(planId));
    }

    static ApiException notFound(UUID planId) {
        return ApiException.notFound("No plan " + planId + " is visible to you.");
    }
}
