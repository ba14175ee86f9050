package org.backcare.exercise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "exercise_session")
class ExerciseSession extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "exercise_slug", nullable = false, length = 64)
    String exerciseSlug;

    @Column(name = "performed_at", nullable = false)
    Instant performedAt;

    @Column(name = "duration_minutes", nullable = false)
    int durationMinutes;

    @Column(name = "pain_before", nullable = false)
    int painBefore;

    @Column(name = "pain_after", nullable = false)
    int painAfter;

    @Column(name = "with_partner", nullable = false)
    boolean withPartner;

    @Column(name = "notes", length = 2000)
    String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
