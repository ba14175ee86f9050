package org.backcare.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.backcare.common.Keyset;
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
        Keyset keyset = Keyset.page("patientId = ?1", new Object[] {patientId}, "occurredAt", page.cursor, true);
        List<AccessLogEntry> rows = AccessLogEntry.<AccessLogEntry>find(keyset.query(), keyset.params())
                .page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, AccessLogView::of, e -> new KeysetCursor(e.occurredAt, e.id).encode());
    }
}
