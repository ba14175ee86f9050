package org.backcare.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A patient's own schedule; absent until they first change it (the catalog's defaults apply). */
@Entity
@Table(name = "outcome_schedule")
class OutcomeSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    UUID patientId;

    /** JSON object: instrument code to days between, null when the patient turned it off. */
    @Column(name = "every_days", nullable = false, length = 500)
    String everyDays;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
