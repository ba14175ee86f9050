package org.backcare.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.backcare.common.DayWindow;
import org.backcare.painlog.PainLogView;
import org.backcare.report.ReportContent.Verdict;
import org.backcare.report.ReportContent.WeekChange;

/**
 * The first week of a period against its last, per measure. A change smaller than a point on a
 * 0–10 scale (half an hour of sleep) is called unchanged: about the smallest change people with
 * chronic pain report as meaningful on an 11-point scale, and below the day-to-day noise of a diary.
 */
final class WeekChanges {

    static final double SCALE_STEP = 1.0;
    static final double SLEEP_STEP = 0.5;
    /** Two whole weeks, so the first and the last do not overlap. */
    static final int MIN_DAYS = 14;

    private WeekChanges() {
    }

    static List<WeekChange> of(List<PainLogView> entries, LocalDate from, LocalDate to, ZoneId zone) {
        if (to.toEpochDay() - from.toEpochDay() + 1 < MIN_DAYS) {
            return List.of();
        }
        return List.of(
                change("Pain (0-10)", entries, from, to, zone, e -> number(e.intensity()), SCALE_STEP, true),
                change("Interference (0-10)", entries, from, to, zone, e -> number(e.interference()), SCALE_STEP, true),
                change("Sleep (hours)", entries, from, to, zone,
                        e -> e.sleep() == null || e.sleep().hours() == null ? null : e.sleep().hours().doubleValue(),
                        SLEEP_STEP, false),
                change("Mood (0-10)", entries, from, to, zone, e -> number(e.mood()), SCALE_STEP, false));
    }

    private static WeekChange change(String measure, List<PainLogView> entries, LocalDate from, LocalDate to,
            ZoneId zone, Function<PainLogView, Double> value, double step, boolean lowerIsBetter) {
        Double first = mean(entries, from, from.plusDays(6), zone, value);
        Double last = mean(entries, to.minusDays(6), to, zone, value);
        Verdict verdict;
        if (first == null || last == null) {
            verdict = Verdict.NO_DATA;
        } else if (Math.abs(last - first) < step) {
            verdict = Verdict.UNCHANGED;
        } else {
            verdict = (last < first) == lowerIsBetter ? Verdict.BETTER : Verdict.WORSE;
        }
        return new WeekChange(measure, first, last, verdict);
    }

    private static Double mean(List<PainLogView> entries, LocalDate from, LocalDate to, ZoneId zone,
            Function<PainLogView, Double> value) {
        double sum = 0;
        int n = 0;
        for (PainLogView entry : entries) {
            LocalDate day = entry.recordedAt().atZone(zone).toLocalDate();
            Double v = value.apply(entry);
            if (v != null && !day.isBefore(from) && !day.isAfter(to)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : DayWindow.round(sum / n);
    }

    private static Double number(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
