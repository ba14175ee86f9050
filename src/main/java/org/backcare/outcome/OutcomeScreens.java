package org.backcare.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.patient.PatientDirectory;
import org.backcare.screening.RecentOutcomeScreens;

/** The newest PHQ-2 and GAD-2 results for the screening advice; the screening side decides who is told. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class OutcomeScreens implements RecentOutcomeScreens {

    private static final Map<String, Topic> TOPICS = Map.of("PHQ-2", Topic.MOOD, "GAD-2", Topic.WORRY);

    private final PatientDirectory patients;
    private final Clock clock;

    OutcomeScreens(PatientDirectory patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    @Override
    public List<Screen> newest(UUID patientId, int days) {
        ZoneId zone = patients.timeZone(patientId);
        Instant since = LocalDate.now(clock.withZone(zone)).minusDays(days - 1L).atStartOfDay(zone).toInstant();
        return TOPICS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(topic -> OutcomeResult.latest(patientId, topic.getKey())
                        .filter(r -> !r.completedAt.isBefore(since)).stream()
                        .map(r -> new Screen(topic.getValue(), r.completedAt, r.positive)))
                .toList();
    }
}
