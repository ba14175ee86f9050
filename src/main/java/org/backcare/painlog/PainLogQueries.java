package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.Keyset;
import org.backcare.common.Page;
import org.backcare.common.RawJson;
import org.backcare.common.SqlQuery;

/**
 * Reads of the diary, each entry shown as {@link AccessContext} lets the reader see it: one entry,
 * the history (newest first, filtered) and, through {@link PainLogSync}, the change feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PainLogQueries {

    private static final Keyset HISTORY = new Keyset("pain-logs", "patient_id", List.of("recorded_at", "id"),
            List.of(Instant.class, UUID.class), true);

    private final PatientAccess access;
    private final PainLogSync sync;

    PainLogQueries(PatientAccess access, PainLogSync sync) {
        this.access = access;
        this.sync = sync;
    }

    RenderedEntry get(UUID patientId, UUID logId) {
        AccessContext reader = access.read(patientId, Scope.PAIN_LOGS_READ, "pain-logs.read");
        PainLog log = PainLog.live(patientId, logId);
        if (!reader.seesEntry(log.isPrivate)) {
            throw PainLog.notFound(logId);
        }
        return RenderedEntry.of(log, reader);
    }

    PainLogPage list(UUID patientId, PainLogListParams query) {
        AccessContext reader = access.read(patientId, Scope.PAIN_LOGS_READ, "pain-logs.list");
        if (PainLogSync.isSyncCursor(query.cursor) || query.updatedSince != null) {
            if (query.historyFilters()) {
                throw ApiException.invalid("updatedSince", "cannot be combined with from, to, minIntensity, "
                        + "trigger or location: sync returns every change");
            }
            return sync.changes(patientId, reader, query);
        }
        return history(patientId, reader, query);
    }

    private PainLogPage history(UUID patientId, AccessContext reader, PainLogListParams query) {
        SqlQuery entries = StoredEntry.select("patient_id = ? and deleted_at is null", patientId);
        if (!reader.seesPrivateEntries()) {
            entries.and("is_private = false");
        }
        if (query.from != null) {
            entries.and("recorded_at >= ?", query.from.toInstant());
        }
        if (query.to != null) {
            entries.and("recorded_at < ?", query.to.toInstant());
        }
        if (query.minIntensity != null) {
            entries.and("intensity >= ?", query.minIntensity);
        }
        if (query.trigger != null) {
            entries.and("trigger_codes like ?", PainLogDocuments.codeFilter(query.trigger));
        }
        if (query.location != null) {
            entries.and("region_codes like ?", PainLogDocuments.codeFilter(query.location));
        }
        Page<RawJson> page = HISTORY.page(entries, query, StoredEntry::read, log -> PainLogDocuments.render(log, reader),
                log -> List.of(log.recordedAt(), log.id()));
        return new PainLogPage(page.items(), page.nextCursor(), null, null);
    }
}
