package org.backcare.painlog;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.backcare.common.SqlQuery;
import org.backcare.screening.Triage;

/**
 * What a read needs of a stored entry to send it: the document and the few columns sent beside it.
 * Lists read these in plain SQL ({@link #select}), so a page builds no entities and reads no column
 * it does not send. The document is in UTF-8 ({@code body}), as it is sent: PostgreSQL's driver
 * hands over the bytes it received, and a page never decodes and encodes it again.
 */
record StoredEntry(UUID id, UUID patientId, byte[] body, long version, Instant updatedAt, Instant deletedAt,
        boolean isPrivate, String symptomCodes, UUID redFlagScreeningId, Triage redFlagTriage, Instant recordedAt,
        long changeSeq) {

    static StoredEntry of(PainLog log) {
        return new StoredEntry(log.id, log.patientId, log.body == null ? null : log.body.getBytes(StandardCharsets.UTF_8),
                log.version, log.updatedAt, log.deletedAt, log.isPrivate,
                log.symptomCodes, log.redFlagScreeningId, log.redFlagTriage, log.recordedAt, log.changeSeq);
    }

    /** Entries of {@code pain_log} where {@code condition} holds, its {@code ?}s taking {@code values}. */
    static SqlQuery select(String condition, Object... values) {
        return new SqlQuery("select id, patient_id, body, version, updated_at, deleted_at, is_private, symptom_codes, "
                + "red_flag_screening_id, red_flag_triage, recorded_at, change_seq from pain_log where " + condition,
                values);
    }

    /** A row of {@link #select}. */
    static StoredEntry read(ResultSet row) throws SQLException {
        String triage = row.getString(10);
        return new StoredEntry(SqlQuery.uuid(row, 1), SqlQuery.uuid(row, 2), row.getBytes(3), row.getLong(4),
                SqlQuery.instant(row, 5), SqlQuery.instant(row, 6), row.getBoolean(7), row.getString(8),
                SqlQuery.uuid(row, 9), triage == null ? null : Triage.valueOf(triage), SqlQuery.instant(row, 11),
                row.getLong(12));
    }

    boolean deleted() {
        return deletedAt != null;
    }
}
