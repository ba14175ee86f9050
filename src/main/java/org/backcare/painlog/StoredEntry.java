package org.backcare.painlog;

import java.time.Instant;
import java.util.UUID;
import org.backcare.screening.Triage;

/**
 * What a read needs of a stored entry to send it: the document and the few columns sent beside it.
 * Lists read these by projection, so a page builds no entities and reads no column it does not send.
 */
record StoredEntry(UUID id, UUID patientId, String body, long version, Instant updatedAt, Instant deletedAt,
        boolean isPrivate, String symptomCodes, UUID redFlagScreeningId, Triage redFlagTriage, Instant recordedAt,
        long changeSeq) {

    static StoredEntry of(PainLog log) {
        return new StoredEntry(log.id, log.patientId, log.body, log.version, log.updatedAt, log.deletedAt, log.isPrivate,
                log.symptomCodes, log.redFlagScreeningId, log.redFlagTriage, log.recordedAt, log.changeSeq);
    }

    boolean deleted() {
        return deletedAt != null;
    }
}
