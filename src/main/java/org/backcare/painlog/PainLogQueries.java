package org.backcare.painlog;

import io.quarkus.panache.common.Parameters;
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

/**
 * Reads of the diary, each entry shown as {@link AccessContext} lets the reader see it: one entry,
 * the history (newest first, filtered) and, through {@link PainLogSync}, the change feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PainLogQueries {

    private static final Keyset HISTORY = new Keyset("pain-logs", "patientId", List.of("recordedAt", "id"),
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
        StringBuilder where = new StringBuilder("patientId = :patient and deletedAt is null");
        Parameters params = Parameters.with("patient", patientId);
        if (!reader.seesPrivateEntries()) {
            where.append(" and isPrivate = false");
        }
        if (query.from != null) {
            where.append(" and recordedAt >= :from");
            params.and("from", query.from.toInstant());
        }
        if (query.to != null) {
            where.append(" and recordedAt < :to");
            params.and("to", query.to.toInstant());
        }
        if (query.minIntensity != null) {
            where.append(" and intensity >= :minIntensity");
            params.and("minIntensity", query.minIntensity);
        }
        if (query.trigger != null) {
            where.append(" and triggerCodes like :trigger");
            params.and("trigger", PainLogDocuments.codeFilter(query.trigger));
        }
        if (query.location != null) {
            where.append(" and regionCodes like :region");
            params.and("region", PainLogDocuments.codeFilter(query.location));
        }
        Page<RawJson> page = HISTORY.page((q, p) -> PainLog.find(q, p).project(StoredEntry.class), where.toString(),
                params, query, log -> PainLogDocuments.render(log, reader), log -> List.of(log.recordedAt(), log.id()));
        return new PainLogPage(page.items(), page.nextCursor(), null, null);
    }
}
