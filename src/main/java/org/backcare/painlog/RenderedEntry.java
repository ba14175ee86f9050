package org.backcare.painlog;

import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.RawJson;

/** An entry as sent to one reader: its JSON, and what the answer's headers name (location, ETag). */
record RenderedEntry(UUID id, UUID patientId, RawJson json, long version) {

    static RenderedEntry of(PainLog log, AccessContext reader) {
        return new RenderedEntry(log.id, log.patientId, PainLogDocuments.render(StoredEntry.of(log), reader), log.version);
    }

    String location() {
        return "/v1/patients/" + patientId + "/pain-logs/" + id;
    }
}
