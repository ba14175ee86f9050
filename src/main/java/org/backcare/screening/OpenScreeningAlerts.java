package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.SqlQuery;
import org.backcare.patient.PatientAlerts;

/** The open EMERGENCY/URGENT screenings the profile, today's plan and recommendations show. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class OpenScreeningAlerts implements PatientAlerts {

    private final ScreeningRecords records;

    OpenScreeningAlerts(ScreeningRecords records) {
        this.records = records;
    }

    @Override
    public OpenScreenings openScreenings(UUID patientId, AccessContext viewer) {
        // Plain SQL: asked on every profile read, where the Hibernate query and its entities were a
        // tenth of the time. No request writes a screening and then asks this before its flush.
        List<Open> open = new SqlQuery("select id, triage, is_private, result, created_at from screening"
                + " where patient_id = ? and resolved_at is null and (triage = ? or triage = ?)"
                + " order by created_at desc, id desc", patientId, Triage.EMERGENCY, Triage.URGENT)
                .all(row -> new Open(SqlQuery.uuid(row, 1), row.getString(2), row.getBoolean(3), row.getString(4),
                        SqlQuery.instant(row, 5)));
        List<OpenScreening> visible = open.stream().filter(s -> viewer.seesScreening(s.isPrivate()))
                .map(s -> new OpenScreening(s.id(), s.triage(), records.result(s.resultJson()).action(), s.createdAt()))
                .toList();
        return new OpenScreenings(visible, visible.size() < open.size());
    }

    private record Open(UUID id, String triage, boolean isPrivate, String resultJson, Instant createdAt) {
    }
}
