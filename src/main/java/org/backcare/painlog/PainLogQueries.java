package org.backcare.painlog;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.KeysetCursor;

/**
 * Reads of the diary. Partners never receive an entry marked private, by any route. Lists are
 * keyset-paginated: a deep page costs what the first one does.
 */
@ApplicationScoped
@Transactional
class PainLogQueries {

    private final PatientAccess access;
    private final PainLogMapper mapper;

    PainLogQueries(PatientAccess access, PainLogMapper mapper) {
        this.access = access;
        this.mapper = mapper;
    }

    PainLogView get(UUID patientId, UUID logId) {
        AccessContext reader = access.read(patientId, Scope.PAIN_LOGS_READ, "pain-logs.read");
        PainLog log = PainLogService.live(patientId, logId);
        if (!reader.seesEntry(log.isPrivate)) {
            throw PainLogService.notFound(logId);
        }
        return mapper.view(log, reader);
    }

    PainLogPage list(UUID patientId, PainLogQuery query) {
        AccessContext reader = access.read(patientId, Scope.PAIN_LOGS_READ, "pain-logs.list");
        SyncCursor sync = SyncCursor.decodeIfSync(query.cursor);
        if (sync != null || query.updatedSince != null) {
            if (query.historyFilters()) {
                throw ApiException.invalid("updatedSince", "cannot be combined with from, to, minIntensity, "
                        + "trigger or location: sync returns every change");
            }
            return sync(patientId, reader, query, sync);
        }
        return history(patientId, reader, query);
    }

    private PainLogPage history(UUID patientId, AccessContext reader, PainLogQuery query) {
        StringBuilder where = new StringBuilder("from PainLog l where l.patientId = :patient and l.deletedAt is null");
        Parameters params = Parameters.with("patient", patientId);
        if (!reader.seesPrivateEntries()) {
            where.append(" and l.isPrivate = false");
        }
        if (query.from != null) {
            where.append(" and l.recordedAt >= :from");
            params.and("from", query.from.toInstant());
        }
        if (query.to != null) {
            where.append(" and l.recordedAt < :to");
            params.and("to", query.to.toInstant());
        }
        if (query.minIntensity != null) {
            where.append(" and l.intensity >= :minIntensity");
            params.and("minIntensity", query.minIntensity);
        }
        if (query.trigger != null) {
            where.append(" and :trigger member of l.triggers");
            params.and("trigger", query.trigger);
        }
        if (query.location != null) {
            where.append(" and exists (select 1 from PainLog x join x.locations loc"
                    + " where x.id = l.id and loc.region = :region)");
            params.and("region", query.location);
        }
        KeysetCursor before = KeysetCursor.decode(query.cursor);
        if (before != null) {
            where.append(" and (l.recordedAt < :at or (l.recordedAt = :at and l.id < :id))");
            params.and("at", before.at()).and("id", before.id());
        }
        List<PainLog> rows = PainLog.<PainLog>find(where + " order by l.recordedAt desc, l.id desc", params)
                .page(0, query.limit + 1).list();
        boolean more = rows.size() > query.limit;
        List<PainLog> page = more ? rows.subList(0, query.limit) : rows;
        String next = more ? new KeysetCursor(page.get(page.size() - 1).recordedAt,
                page.get(page.size() - 1).id).encode() : null;
        return new PainLogPage(page.stream().map(log -> mapper.view(log, reader)).toList(), next, null, null);
    }

    /**
     * Every change after the cursor, in change order. What the reader may not see is left out, or,
     * when they may have seen it before (an entry made private after it was shared), sent as a
     * tombstone so their device drops it. A cursor taken under other visibility starts the feed over.
     */
    private PainLogPage sync(UUID patientId, AccessContext reader, PainLogQuery query, SyncCursor cursor) {
        boolean includeDeleted = cursor == null ? query.includeDeleted : cursor.includeDeleted();
        boolean reset = cursor != null && !cursor.visibilityKey().equals(reader.syncKey());
        StringBuilder where = new StringBuilder("patientId = :patient");
        Parameters params = Parameters.with("patient", patientId);
        if (cursor != null) {
            where.append(" and changeSeq > :after");
            params.and("after", reset ? 0L : cursor.afterSeq());
        } else {
            where.append(" and updatedAt > :since");
            params.and("since", query.updatedSince.toInstant());
        }
        if (!includeDeleted) {
            where.append(" and deletedAt is null");
        }
        if (!reader.seesPrivateEntries()) {
            where.append(" and (isPrivate = false or everShared = true)");
        }
        List<PainLog> rows = PainLog.<PainLog>find(where + " order by changeSeq", params)
                .page(0, query.limit + 1).list();
        boolean more = rows.size() > query.limit;
        List<PainLog> page = more ? rows.subList(0, query.limit) : rows;
        long position = page.isEmpty() ? (reset ? 0 : startOf(cursor, patientId, query))
                : page.get(page.size() - 1).changeSeq;
        String token = new SyncCursor(position, includeDeleted, reader.syncKey()).encode();
        return new PainLogPage(page.stream().map(log -> mapper.view(log, reader)).toList(), more ? token : null, token,
                reset);
    }

    /**
     * Where an empty sync page leaves the client: where it was, or, for a first sync by time
     * that found nothing, just before any change made after that time.
     */
    private static long startOf(SyncCursor cursor, UUID patientId, PainLogQuery query) {
        if (cursor != null) {
            return cursor.afterSeq();
        }
        Long last = PainLog.find("select max(changeSeq) from PainLog where patientId = ?1 and updatedAt <= ?2",
                patientId, query.updatedSince.toInstant()).project(Long.class).firstResult();
        return last == null ? 0 : last;
    }
}
