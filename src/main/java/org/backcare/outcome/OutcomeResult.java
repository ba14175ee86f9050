package org.backcare.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One completed instrument, scored when it was stored; never changed afterwards. */
@Entity
@Table(name = "outcome_result")
class OutcomeResult extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "instrument", nullable = false, length = 20, updatable = false)
    String instrument;

    @Column(name = "instrument_version", nullable = false, updatable = false)
    int instrumentVersion;

    @Column(name = "completed_at", nullable = false, updatable = false)
    Instant completedAt;

    /** Item key to value, in the instrument's item order; a JSON object in the column. */
    @Convert(converter = IntegerMapColumn.class)
    @Column(name = "answers", nullable = false, length = 400, updatable = false)
    Map<String, Integer> answers;

    @Column(name = "score", nullable = false, precision = 5, scale = 2, updatable = false)
    BigDecimal score;

    @Column(name = "positive", nullable = false, updatable = false)
    boolean positive;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    OutcomeView view() {
        // 3 and 3.00 are one score; stripped, a stored result reads as it was answered.
        return new OutcomeView(id, patientId, instrument, instrumentVersion, completedAt, new LinkedHashMap<>(answers),
                score.stripTrailingZeros(), positive, createdAt, null);
    }

    /** The earliest result of an instrument at or after {@code from} and before {@code to} (either may be null). */
    static Optional<OutcomeResult> first(UUID patientId, String instrument, Instant from, Instant to) {
        return find("patientId = :patient and instrument = :instrument and completedAt >= :from and completedAt < :to "
                        + "order by completedAt, id",
                Parameters.with("patient", patientId).and("instrument", instrument)
                        .and("from", from == null ? Instant.parse("1900-01-01T00:00:00Z") : from)
                        .and("to", to == null ? Instant.parse("9999-12-31T00:00:00Z") : to))
                .firstResultOptional();
    }

    /** The latest result of an instrument, if any. */
    static Optional<OutcomeResult> latest(UUID patientId, String instrument) {
        return find("patientId = ?1 and instrument = ?2 order by completedAt desc, id desc", patientId, instrument)
                .firstResultOptional();
    }
}
