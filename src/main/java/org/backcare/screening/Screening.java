package org.backcare.screening;

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

/**
 * A stored screening. The answers and the result are kept as scored (JSON snapshots), so a
 * later questionnaire or rule version never rewrites what a person was told.
 */
@Entity
@Table(name = "screening")
class Screening extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "questionnaire_version", nullable = false, updatable = false)
    int questionnaireVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16, updatable = false)
    ScreeningView.Source source;

    @Column(name = "pain_log_id", updatable = false)
    UUID painLogId;

    /** Made from a private diary entry, and private like it while the entry stays private. */
    @Column(name = "is_private", nullable = false)
    boolean isPrivate;

    @Column(name = "answers", nullable = false, length = 8000, updatable = false)
    String answersJson;

    @Column(name = "result", nullable = false, length = 100000, updatable = false)
    String resultJson;

    /** The advice drawn only from entries a partner may see (JSON list); null on screenings stored before it existed. */
    @Column(name = "shared_advice", length = 8000, updatable = false)
    String sharedAdviceJson;

    /** Advice from recent PHQ-2 and GAD-2 results (JSON), for readers of outcome results; null before it existed. */
    @Column(name = "outcome_advice", length = 4000, updatable = false)
    String outcomeAdviceJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage", nullable = false, length = 16, updatable = false)
    Triage triage;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_sought", length = 32)
    ResolutionInput.CareSought careSought;

    @Column(name = "care_sought_at")
    Instant careSoughtAt;

    @Column(name = "resolution_note", length = 2000)
    String resolutionNote;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    /** Moved by a resolution (a compare-and-set) and by the entry's privacy following along. */
    @Version
    @Column(name = "version", nullable = false)
    long version;

    boolean open() {
        return triage.isOpenUntilResolved() && resolvedAt == null;
    }
}
