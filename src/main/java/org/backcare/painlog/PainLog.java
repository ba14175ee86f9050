package org.backcare.painlog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.backcare.screening.Triage;
import org.backcare.common.ApiException;

/**
 * One diary entry. What it says is one JSON document ({@code body}, a {@link PainLogBody}), read
 * and written whole; the columns beside it are what queries select on. {@code version} is the
 * ETag; {@code changeSeq} orders every change of one patient's diary for sync; a deleted entry
 * stays as a tombstone without its health content.
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

    /** The entry's content as JSON, in the form the API shows it; null once deleted. */
    @Column(name = "body", length = 64000)
    String body;

    /** The entry's triggers as "|CODE|CODE|", for the history filter; null when none. */
    @Column(name = "trigger_codes", length = 400)
    String triggerCodes;

    /** The regions that hurt, as "|CODE|CODE|", for the history filter; null when none. */
    @Column(name = "region_codes", length = 400)
    String regionCodes;

    /** The red-flag symptoms reported, as "|CODE|CODE|"; null when none. */
    @Column(name = "symptom_codes", length = 800)
    String symptomCodes;

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

    static PainLog live(UUID patientId, UUID logId) {
        return PainLog.<PainLog>findByIdOptional(logId)
                .filter(log -> log.patientId.equals(patientId) && !log.deleted())
                .orElseThrow(() -> notFound(logId));
    }

    static ApiException notFound(UUID logId) {
        return ApiException.notFound("No pain log " + logId + " for this patient.");
    }
}
