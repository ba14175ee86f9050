package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.DayWindow;
import org.backcare.painlog.PainLogSummary.Period;
import org.backcare.painlog.SummaryQueries.Window;
import org.backcare.patient.PatientDirectory;

/** Assembles the summary from aggregate queries; only per-day rows of the window reach Java. */
@ApplicationScoped
@Transactional
class PainLogSummaryService {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final int SEVERE = 7;

    private final PatientAccess access;
    private final PatientDirectory patients;
    private final SummaryQueries queries;
    private final MedicationCheck medication;
    private final Clock clock;

    PainLogSummaryService(PatientAccess access, PatientDirectory patients, SummaryQueries queries,
            MedicationCheck medication, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.queries = queries;
        this.medication = medication;
        this.clock = clock;
    }

    PainLogSummary summarize(UUID patientId, LocalDate fromDay, LocalDate toDay) {
        AccessContext reader = access.read(patientId, Scope.PAIN_LOGS_READ, "pain-logs.summary");
        ZoneId zone = patients.timeZone(patientId);
        DayWindow days = DayWindow.of(fromDay, toDay, zone, LocalDate.now(clock.withZone(zone)), DEFAULT_DAYS, MAX_DAYS);
        LocalDate from = days.from();
        LocalDate to = days.to();
        Window window = Window.of(patientId, zone, days.start(), days.end(), reader);

        Object[] overall = queries.overall(window);
        long count = ((Number) overall[0]).longValue();
        PainLogSummary.Intensity intensity = count == 0 ? null : new PainLogSummary.Intensity(
                round(overall[1]), round(overall[3]), ((Number) overall[2]).intValue());
        List<Object[]> daily = queries.daily(window);
        int severeDays = (int) daily.stream().filter(d -> ((Number) d[2]).intValue() >= SEVERE).count();
        return new PainLogSummary(from, to, zone.getId(), count, intensity, severeDays, trend(daily, from),
                triggers(window), locations(window), relief(window), (int) queries.disruptedSleepDays(window),
                timeOfDay(window), medication.perDay(window));
    }

    /** Least-squares slope of daily mean against day number, times seven. */
    static PainLogSummary.Trend trend(List<Object[]> daily, LocalDate from) {
        int n = daily.size();
        if (n < 2) {
            return null;
        }
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumXX = 0;
        for (Object[] day : daily) {
            double x = ChronoUnit.DAYS.between(from, SummaryQueries.date(day[0]));
            double y = ((Number) day[1]).doubleValue();
            sumX += x;
            sumY += y;
            sumXY += x * y;
            sumXX += x * x;
        }
        double slopePerDay = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
        return new PainLogSummary.Trend(round(slopePerDay * 7), n);
    }

    private List<PainLogSummary.TriggerCount> triggers(Window window) {
        return queries.triggers(window).stream().map(r -> new PainLogSummary.TriggerCount(
                Trigger.valueOf((String) r[0]), ((Number) r[1]).longValue())).toList();
    }

    private List<PainLogSummary.LocationCount> locations(Window window) {
        return queries.locations(window).stream().map(r -> new PainLogSummary.LocationCount(
                BodyRegion.valueOf((String) r[0]), ((Number) r[1]).longValue(), round(r[2]))).toList();
    }

    private List<PainLogSummary.ReliefEffect> relief(Window window) {
        return queries.relief(window).stream().map(r -> new PainLogSummary.ReliefEffect(
                ReliefMeasure.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                r[2] == null ? null : round(r[2]))).toList();
    }

    private List<PainLogSummary.TimeOfDay> timeOfDay(Window window) {
        Map<Period, long[]> counts = new EnumMap<>(Period.class);
        Map<Period, double[]> sums = new EnumMap<>(Period.class);
        for (Period period : Period.values()) {
            counts.put(period, new long[1]);
            sums.put(period, new double[1]);
        }
        for (Object[] hour : queries.hourly(window)) {
            Period period = Period.values()[((Number) hour[0]).intValue() / 6];
            long n = ((Number) hour[1]).longValue();
            counts.get(period)[0] += n;
            sums.get(period)[0] += ((Number) hour[2]).doubleValue() * n;
        }
        List<PainLogSummary.TimeOfDay> result = new ArrayList<>();
        for (Period period : Period.values()) {
            long n = counts.get(period)[0];
            result.add(new PainLogSummary.TimeOfDay(period, n, n == 0 ? null : round(sums.get(period)[0] / n)));
        }
        return result;
    }

    private static double round(Object value) {
        return round(((Number) value).doubleValue());
    }

    static double round(double value) {
        return DayWindow.round(value);
    }
}
