package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
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
        // Two equalities rather than IN (list): a list parameter makes Hibernate prepare the query anew each time.
        List<Screening> open = Screening.<Screening>find("patientId = ?1 and resolvedAt is null"
                + " and (triage = ?2 or triage = ?3) order by createdAt desc, id desc",
                patientId, Triage.EMERGENCY, Triage.URGENT).list();
        List<OpenScreening> visible = open.stream().filter(s -> viewer.seesScreening(s.isPrivate))
                .map(s -> new OpenScreening(s.id, s.triage.name(), records.result(s).action(), s.createdAt)).toList();
        return new OpenScreenings(visible, visible.size() < open.size());
    }
}
