package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.backcare.patient.PatientDirectory;
import org.backcare.screening.RecentDiarySignals;

/** The diary's answer to the screening's advisory checks, from the same aggregate queries as the summary. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DiarySignals implements RecentDiarySignals {

    static final int LOW_MOOD = 3;

    private final PatientDirectory patients;
    private final SummaryQueries queries;
    private final MedicationCheck medication;
    private final Clock clock;

    DiarySignals(PatientDirectory patients, SummaryQueries queries, MedicationCheck medication, Clock clock) {
        this.patients = patients;
        this.queries = queries;
        this.medication = medication;
        this.clock = clock;
    }

    @Override
    public Signals recent(UUID patientId, int days) {
        ZoneId zone = patients.timeZone(patientId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        SummaryQueries.Window window = new SummaryQueries.Window(patientId, zone,
                today.minusDays(days - 1L).atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant(),
                false);
        int above = (int) medication.perDay(window).stream().filter(PainLogSummary.MedicationDay::aboveMaximum)
                .map(PainLogSummary.MedicationDay::date).distinct().count();
        return new Signals((int) queries.disruptedSleepDays(window), (int) queries.lowMoodDays(window, LOW_MOOD), above);
    }
}
