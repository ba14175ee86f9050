package org.backcare.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A patient's own schedule; absent until they first change it (the catalog's defaults apply). */
@Entity
@Table(name = "outcome_schedule")
class OutcomeSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    UUID patientId;

    /** Instrument code to days between, null when the patient turned it off; a JSON object in the column. */
    @Convert(converter = IntegerMapColumn.class)
    @Column(name = "every_days", nullable = false, length = 500)
    Map<String, Integer> everyDays;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
