package org.backcare.painlog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.screening.SymptomCode;
import org.backcare.screening.Triage;

/**
 * One diary entry. {@code version} is the ETag; {@code changeSeq} orders every change of one
 * patient's diary for sync; a deleted entry stays as a tombstone without its health content.
 */
@Entity
@Table(name = "pain_log")
class PainLog extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "intensity")
    Integer intensity;

    @ElementCollection
    @CollectionTable(name = "pain_log_location", joinColumns = @JoinColumn(name = "log_id"))
    List<PainLogParts.Location> locations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pain_log_quality", joinColumns = @JoinColumn(name = "log_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "quality", nullable = false, length = 16)
    Set<PainQuality> qualities = EnumSet.noneOf(PainQuality.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "pain_pattern", length = 16)
    PainPattern pattern;

    @Column(name = "radiates_to_leg")
    Boolean radiatesToLeg;

    @ElementCollection
    @CollectionTable(name = "pain_log_trigger", joinColumns = @JoinColumn(name = "log_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_code", nullable = false, length = 24)
    Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);

    @Column(name = "interference")
    Integer interference;

    @Column(name = "mood")
    Integer mood;

    @Column(name = "stress")
    Integer stress;

    @Column(name = "sleep_hours", precision = 3, scale = 1)
    BigDecimal sleepHours;

    @Column(name = "sleep_disrupted")
    Boolean sleepDisrupted;

    @ElementCollection
    @CollectionTable(name = "pain_log_medication", joinColumns = @JoinColumn(name = "log_id"))
    @OrderColumn(name = "position")
    List<PainLogParts.Medication> medications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pain_log_relief", joinColumns = @JoinColumn(name = "log_id"))
    List<PainLogParts.ReliefUse> reliefMeasures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pain_log_symptom", joinColumns = @JoinColumn(name = "log_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "symptom", nullable = false, length = 32)
    Set<SymptomCode> symptoms = EnumSet.noneOf(SymptomCode.class);

    @Column(name = "notes", length = 4000)
    String notes;

    @Column(name = "is_private", nullable = false)
    boolean isPrivate;

    /**
     * Whether partners could ever see it: an entry made private after that leaves a tombstone in
     * their sync feed, so their devices drop it; one private from the start never shows at all.
     */
    @Column(name = "ever_shared", nullable = false)
    boolean everShared;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "change_seq", nullable = false)
    long changeSeq;

    /** Hash of the creating request: a retried create with the same id must carry the same body. */
    @Column(name = "create_hash", nullable = false, length = 64, updatable = false)
    String createHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "deleted_at")
    Instant deletedAt;

    @Column(name = "red_flag_screening_id")
    UUID redFlagScreeningId;

    @Enumerated(EnumType.STRING)
    @Column(name = "red_flag_triage", length = 16)
    Triage redFlagTriage;

    boolean deleted() {
        return deletedAt != null;
    }
}
