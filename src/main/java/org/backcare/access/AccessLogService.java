package org.backcare.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.backcare.common.KeysetCursor;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AccessLogService {

    private final PatientAccess access;

    AccessLogService(PatientAccess access) {
        this.access = access;
    }

    Page<AccessLogView> list(UUID patientId, PageParams page) {
        access.owner(patientId);
        KeysetCursor before = KeysetCursor.decode(page.cursor);
        List<AccessLogEntry> rows = before == null
                ? AccessLogEntry.find("patientId = ?1 order by occurredAt desc, id desc", patientId)
                        .page(0, page.limit + 1).list()
                : AccessLogEntry.find("patientId = ?1 and (occurredAt < ?2 or (occurredAt = ?2 and id < ?3))"
                        + " order by occurredAt desc, id desc", patientId, before.at(), before.id())
                        .page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, AccessLogView::of, e -> new KeysetCursor(e.occurredAt, e.id).encode());
    }
}
