package org.backcare.partnerplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "plan_check_in")
class PlanCheckIn extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    UUID planId;

    @Column(name = "recorded_by", nullable = false, length = 255, updatable = false)
    String recordedBy;

    @Column(name = "held_at", nullable = false)
    Instant heldAt;

    @Column(name = "what_is_working", length = 2000)
    String whatIsWorking;

    @Column(name = "what_to_change", length = 2000)
    String whatToChange;

    @Column(name = "patient_rating")
    Integer patientRating;

    @Column(name = "partner_rating")
    Integer partnerRating;

    @Column(name = "changes_agreed", length = 2000)
    String changesAgreed;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** Either person may add to a check-in later (their rating, say): edits name this in If-Match. */
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
