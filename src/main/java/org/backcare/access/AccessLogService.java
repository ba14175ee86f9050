package org.backcare.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.backcare.common.Keyset;
import io.quarkus.panache.common.Parameters;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AccessLogService {

    private static final Keyset NEWEST_FIRST = Keyset.byTime("access-log", "patientId", "occurredAt", true);

    private final PatientAccess access;

    AccessLogService(PatientAccess access) {
        this.access = access;
    }

    Page<AccessLogView> list(UUID patientId, PageParams page) {
        access.owner(patientId);
        return NEWEST_FIRST.page((q, p) -> AccessLogEntry.find(q, p), "patientId = :patient", Parameters.with("patient", patientId),
                page, AccessLogView::of, e -> List.of(e.occurredAt, e.id));
    }
}
