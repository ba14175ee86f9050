package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.ReportedTimes;
import org.backcare.patient.PatientDirectory;
import org.backcare.screening.RecentDiarySignals;

/**
 * What other features may ask of the diary, once they have checked consent themselves; every
 * answer is drawn from the entries the given reader may see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DiaryFacts implements RecentDiarySignals {

    public record LatestLog(UUID id, Instant recordedAt, int intensity) {
    }

    public record DoseAboveMaximum(String medication, BigDecimal taken, BigDecimal maximum, String unit) {
    }

    private final PatientDirectory patients;
    private final SummaryQueries queries;
    private final MedicationCheck medication;
    private final ReportedTimes times;
    private final Clock clock;

    DiaryFacts(PatientDirectory patients, SummaryQueries queries, MedicationCheck medication, ReportedTimes times,
            Clock clock) {
        this.patients = patients;
        this.queries = queries;
        this.medication = medication;
        this.times = times;
        this.clock = clock;
    }

    public Optional<LatestLog> latest(UUID patientId, Instant since, AccessContext reader) {
        return PainLog.<PainLog>find("patientId = ?1 and deletedAt is null and recordedAt >= ?2 and recordedAt <= ?3"
                        + privacy(reader) + " order by recordedAt desc, id desc",
                        patientId, since, times.latest())
                .firstResultOptional().map(l -> new LatestLog(l.id, l.recordedAt, l.intensity));
    }

    public OptionalDouble meanIntensity(UUID patientId, Instant from, Instant to, AccessContext reader) {
        Double mean = PainLog.find("select avg(intensity) from PainLog where patientId = ?1 and deletedAt is null"
                        + " and recordedAt >= ?2 and recordedAt < ?3" + privacy(reader),
                        patientId, from, to).project(Double.class).firstResult();
        return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }

    /** The triggers of the last {@code days} local days, most frequent first. */
    public List<Trigger> topTriggers(UUID patientId, int days, AccessContext reader) {
        long[] totals = queries.totals(lastDays(patientId, days, reader));
        return Arrays.stream(Trigger.values()).filter(t -> totals[DayColumns.trigger(t)] > 0)
                .sorted(Comparator.comparingLong((Trigger t) -> -totals[DayColumns.trigger(t)])
                        .thenComparing(Enum::name))
                .limit(PainLogSummaryService.TOP).toList();
    }

    /** Today's doses (local day) above the profile's prescribed maximum. */
    public List<DoseAboveMaximum> dosesAboveMaximumToday(UUID patientId, AccessContext reader) {
        return medication.perDay(lastDays(patientId, 1, reader)).stream()
                .filter(PainLogSummary.MedicationDay::aboveMaximum)
                .map(d -> new DoseAboveMaximum(d.name(), d.taken(), d.prescribedMax(), d.unit())).toList();
    }

    @Override
    public Signals recent(UUID patientId, int days, AccessContext audience) {
        SummaryQueries.Window window = lastDays(patientId, days, audience);
        int above = (int) medication.perDay(window).stream().filter(PainLogSummary.MedicationDay::aboveMaximum)
                .map(PainLogSummary.MedicationDay::date).distinct().count();
        List<SummaryQueries.Day> daily = queries.days(window);
        return new Signals((int) daily.stream().filter(d -> d.disrupted() > 0).count(),
                (int) daily.stream().filter(d -> d.lowMood() > 0).count(), above);
    }

    @Override
    public int lowMoodDaysAfter(UUID patientId, Instant after, int days, AccessContext audience) {
        SummaryQueries.Window window = lastDays(patientId, days, audience);
        LocalDate screened = LocalDate.ofInstant(after, window.zone());
        return (int) queries.days(window).stream().filter(d -> d.lowMood() > 0 && d.date().isAfter(screened)).count();
    }

    private SummaryQueries.Window lastDays(UUID patientId, int days, AccessContext reader) {
        ZoneId zone = patients.timeZone(patientId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return SummaryQueries.Window.of(patientId, zone, today.minusDays(days - 1L), today, reader);
    }

    private static String privacy(AccessContext reader) {
        return reader.seesPrivateEntries() ? "" : " and isPrivate = false";
    }
}
