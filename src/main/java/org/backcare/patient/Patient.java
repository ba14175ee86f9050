package org.backcare.patient;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's profile; everything under /v1/patients/{id} hangs off it (ON DELETE CASCADE). */
@Entity
@Table(name = "patient")
class Patient extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "owner_subject", nullable = false, length = 255, updatable = false)
    String ownerSubject;

    @Column(name = "display_name", nullable = false, length = 100)
    String displayName;

    @Column(name = "birth_year")
    Integer birthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_code", nullable = false, length = 32)
    Condition condition;

    @Column(name = "pain_onset_date")
    LocalDate painOnsetDate;

    @Column(name = "time_zone", nullable = false, length = 64)
    String timeZone;

    /** Read with the entity (one query, joined) for writes and checks; views read them in plain SQL (StoredProfile). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patient_medication", joinColumns = @JoinColumn(name = "patient_id"))
    @OrderColumn(name = "position")
    List<Medication> medications = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** The diary's change sequence; moved only by {@link PatientDirectory#nextDiaryChange}, never by a profile write. */
    @Column(name = "change_seq", nullable = false, insertable = false, updatable = false)
    long changeSeq;

    static Optional<Patient> findByOwner(String subject) {
        return find("ownerSubject", subject).firstResultOptional();
    }
}
