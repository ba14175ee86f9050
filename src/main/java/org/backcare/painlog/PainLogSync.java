package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.Keyset;
import org.backcare.common.Page;
import org.backcare.common.SqlQuery;

/**
 * The diary's change feed for offline devices: every change after a position in the patient's
 * change sequence, in that order. Sequence numbers are handed out under the patient's row lock,
 * so a reader that has seen number N has seen every change before it. What the reader may not see
 * is left out, or, when they may have seen it before (an entry made private after it was shared),
 * sent as a tombstone so their device drops it. A position taken under other visibility starts the
 * feed over, with {@code reset}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PainLogSync {

    /**
     * Positions in the change sequence, in columns (the feed is read in SQL); a cursor also keeps
     * includeDeleted and the reader's visibility key.
     */
    static final Keyset CHANGES = Keyset.by("sync", "patient_id", "change_seq", Long.class);

    static boolean isSyncCursor(String cursor) {
        return CHANGES.issued(cursor);
    }

    PainLogPage changes(UUID patientId, AccessContext reader, PainLogListParams query) {
        Keyset.Position from = CHANGES.decode(query.cursor);
        boolean includeDeleted = from == null ? query.includeDeleted : Boolean.parseBoolean(from.extras().get(0));
        // Tokens issued before visibility keys existed carry none: they start over too.
        boolean reset = from != null && (from.extras().size() < 2 || !from.extras().get(1).equals(reader.syncKey()));
        SqlQuery changes = StoredEntry.select("patient_id = ?", patientId);
        long start;
        if (from == null) {
            changes.and("updated_at > ?", query.updatedSince.toInstant());
            start = lastChangeUpTo(patientId, query);
        } else {
            start = reset ? 0 : (Long) from.key().get(0);
            changes.append(CHANGES.after(new Keyset.Position(List.of(start), List.of()), changes));
        }
        if (!includeDeleted) {
            changes.and("deleted_at is null");
        }
        if (!reader.seesPrivateEntries()) {
            changes.and("(is_private = false or ever_shared = true)");
        }
        changes.append(CHANGES.orderBy());
        Page<StoredEntry> page = Page.of(query.limit, rows -> changes.list(rows, StoredEntry::read), log -> log,
                log -> "");
        long position = page.items().isEmpty() ? start : page.items().get(page.items().size() - 1).changeSeq();
        String token = CHANGES.encode(List.of(position), String.valueOf(includeDeleted), reader.syncKey());
        return new PainLogPage(page.items().stream().map(log -> PainLogDocuments.render(log, reader)).toList(),
                page.nextCursor() == null ? null : token, token, reset);
    }

    /** For a first sync by time: the position just before any change made after that time. */
    private static long lastChangeUpTo(UUID patientId, PainLogListParams query) {
        Long last = PainLog.find("select max(changeSeq) from PainLog where patientId = ?1 and updatedAt <= ?2",
                patientId, query.updatedSince.toInstant()).project(Long.class).firstResult();
        return last == null ? 0 : last;
    }
}
