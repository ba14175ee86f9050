package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.DayWindow;
import org.backcare.painlog.PainLogSummary.Period;
import org.backcare.painlog.SummaryQueries.Window;
import org.backcare.patient.PatientDirectory;

/** Assembles the summary from the diary's day counters: its cost follows the days of the window. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PainLogSummaryService {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final int TOP = 5;

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
        return figures(patientId, days, reader).summary();
    }

    /**
     * The summary of a window and the figures drawn beside it, for a reader whose access the caller
     * has checked; empty figures when the reader may not see the diary.
     */
    public DiaryFigures figures(UUID patientId, DayWindow days, AccessContext reader) {
        Window window = Window.of(patientId, days.zone(), days.from(), days.to(), reader);
        long[] totals = reader.seesPainLogs() ? queries.totals(window) : new long[DayColumns.COUNT];
        List<SummaryQueries.Day> daily = reader.seesPainLogs() ? queries.days(window) : List.of();
        long count = totals[DayColumns.ENTRIES];
        PainLogSummary summary = new PainLogSummary(days.from(), days.to(), days.zone().getId(), count,
                intensity(totals), (int) daily.stream().filter(d -> PainIntensity.isSevere(d.max())).count(),
                trend(daily, days.from()), triggers(totals), locations(totals).stream().limit(TOP).toList(),
                relief(totals), (int) daily.stream().filter(d -> d.disrupted() > 0).count(), timeOfDay(totals),
                reader.seesPainLogs() ? medication.perDay(window) : List.of());
        List<DiaryFigures.Day> spread = daily.stream().map(d -> new DiaryFigures.Day(d.date(), d.entries(),
                DayWindow.round(d.mean()), d.min(), d.max())).toList();
        return new DiaryFigures(summary, spread, locations(totals));
    }

    /** Mean, median (the two middle values averaged when the count is even) and max, from the intensities' counts. */
    static PainLogSummary.Intensity intensity(long[] totals) {
        long count = totals[DayColumns.ENTRIES];
        if (count == 0) {
            return null;
        }
        long sum = 0;
        int max = 0;
        for (int value = 0; value <= DayColumns.MAX_INTENSITY; value++) {
            long n = totals[DayColumns.intensity(value)];
            sum += value * n;
            max = n > 0 ? value : max;
        }
        double median = (valueAt(totals, (count - 1) / 2) + valueAt(totals, count / 2)) / 2.0;
        return new PainLogSummary.Intensity(DayWindow.round((double) sum / count), DayWindow.round(median), max);
    }

    /** The intensity of the entry at {@code rank} (0-based) when all are sorted. */
    private static int valueAt(long[] totals, long rank) {
        long seen = 0;
        for (int value = 0; value <= DayColumns.MAX_INTENSITY; value++) {
            seen += totals[DayColumns.intensity(value)];
            if (seen > rank) {
                return value;
            }
        }
        return DayColumns.MAX_INTENSITY;
    }

    /** Least-squares slope of daily mean against day number, times seven. */
    static PainLogSummary.Trend trend(List<SummaryQueries.Day> daily, LocalDate from) {
        int n = daily.size();
        if (n < 2) {
            return null;
        }
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumXX = 0;
        for (SummaryQueries.Day day : daily) {
            double x = ChronoUnit.DAYS.between(from, day.date());
            double y = day.mean();
            sumX += x;
            sumY += y;
            sumXY += x * y;
            sumXX += x * x;
        }
        double slopePerDay = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
        return new PainLogSummary.Trend(DayWindow.round(slopePerDay * 7), n);
    }

    private static List<PainLogSummary.TriggerCount> triggers(long[] totals) {
        return top(Trigger.values(), t -> DayColumns.trigger(t), totals).stream().limit(TOP)
                .map(t -> new PainLogSummary.TriggerCount(t, totals[DayColumns.trigger(t)])).toList();
    }

    private static List<PainLogSummary.LocationCount> locations(long[] totals) {
        return top(BodyRegion.values(), DayColumns::regionCount, totals).stream()
                .map(r -> new PainLogSummary.LocationCount(r, totals[DayColumns.regionCount(r)],
                        DayWindow.round((double) totals[DayColumns.regionSum(r)] / totals[DayColumns.regionCount(r)])))
                .toList();
    }

    private static List<PainLogSummary.ReliefEffect> relief(long[] totals) {
        return top(ReliefMeasure.values(), DayColumns::reliefUsed, totals).stream().map(m -> {
            long rated = totals[DayColumns.reliefRated(m)];
            return new PainLogSummary.ReliefEffect(m, totals[DayColumns.reliefUsed(m)],
                    rated == 0 ? null : DayWindow.round((double) totals[DayColumns.reliefHelped(m)] / rated));
        }).toList();
    }

    /** The values counted at least once, most counted first, ties by name. */
    private static <E extends Enum<E>> List<E> top(E[] values, ToIntFunction<E> column, long[] totals) {
        return Arrays.stream(values).filter(v -> totals[column.applyAsInt(v)] > 0)
                .sorted(Comparator.comparingLong((E v) -> -totals[column.applyAsInt(v)]).thenComparing(Enum::name))
                .toList();
    }

    private static List<PainLogSummary.TimeOfDay> timeOfDay(long[] totals) {
        List<PainLogSummary.TimeOfDay> result = new ArrayList<>();
        for (Period period : Period.values()) {
            long n = totals[DayColumns.periodCount(period.ordinal())];
            result.add(new PainLogSummary.TimeOfDay(period, n,
                    n == 0 ? null : DayWindow.round((double) totals[DayColumns.periodSum(period.ordinal())] / n)));
        }
        return result;
    }
}
