package org.backcare.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.backcare.painlog.DiaryFigures;
import org.backcare.painlog.PainLogView;
import org.backcare.painlog.Sleep;
import org.backcare.report.ReportContent.Verdict;
import org.backcare.report.ReportContent.WeekChange;
import org.junit.jupiter.api.Test;

/** The figures the report computes itself (the rest are the summary's): plain values, no server. */
class ReportFiguresTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate FROM = LocalDate.of(2026, 3, 16);   // DST starts on the 29th
    private static final LocalDate TO = LocalDate.of(2026, 4, 5);

    @Test
    void theMovingAverageTakesTheDaysWithEntriesOfTheLastSevenCalendarDays() {
        List<DiaryFigures.Day> days = List.of(day(1, 2), day(2, 4), day(8, 6), day(9, 10), day(20, 1));
        // Day 8 reaches back to day 2 (day 1 is 7 days before); day 9 to day 3; day 20 stands alone.
        assertArrayEquals(new double[] {2, 3, 5, 8, 1}, PainChart.movingAverage(days), 1e-9);
    }

    @Test
    void weeksAreTheFirstAndLastSevenLocalDaysAcrossAClockChange() {
        List<PainLogView> entries = List.of(
                entry(FROM.atStartOfDay(ZONE).toInstant(), 8, 7, "6.0", 2),            // first local minute: first week
                entry(FROM.plusDays(6).atTime(23, 59).atZone(ZONE).toInstant(), 6, 5, "7.0", 4),
                entry(FROM.plusDays(7).atTime(0, 30).atZone(ZONE).toInstant(), 0, 0, "12.0", 10),   // in neither
                entry(TO.minusDays(6).atStartOfDay(ZONE).toInstant(), 3, 6, "6.8", 3),
                entry(TO.atTime(23, 0).atZone(ZONE).toInstant(), 3, 6, "6.6", 3));
        assertEquals(List.of(
                new WeekChange("Pain (0-10)", 7.0, 3.0, Verdict.BETTER),
                new WeekChange("Interference (0-10)", 6.0, 6.0, Verdict.UNCHANGED),
                new WeekChange("Sleep (hours)", 6.5, 6.7, Verdict.UNCHANGED),
                new WeekChange("Mood (0-10)", 3.0, 3.0, Verdict.UNCHANGED)),
                WeekChanges.of(entries, FROM, TO, ZONE));
    }

    @Test
    void aChangeOfAPointIsAChangeAndLessIsNot() {
        List<PainLogView> entries = List.of(entry(FROM.atTime(9, 0).atZone(ZONE).toInstant(), 5, 5, "7.0", 5),
                entry(TO.atTime(9, 0).atZone(ZONE).toInstant(), 6, 4, "6.5", 4));
        assertEquals(List.of(Verdict.WORSE, Verdict.BETTER, Verdict.WORSE, Verdict.WORSE),
                WeekChanges.of(entries, FROM, TO, ZONE).stream().map(WeekChange::verdict).toList());
        List<PainLogView> small = List.of(entry(FROM.atTime(9, 0).atZone(ZONE).toInstant(), 5, 5, "7.0", 5),
                entry(TO.atTime(9, 0).atZone(ZONE).toInstant(), 5, 5, "6.6", 5));
        assertEquals(Verdict.UNCHANGED, WeekChanges.of(small, FROM, TO, ZONE).get(2).verdict());
    }

    @Test
    void aWeekWithoutTheMeasureSaysSoAndAShortPeriodComparesNothing() {
        List<PainLogView> entries = List.of(entry(TO.atTime(9, 0).atZone(ZONE).toInstant(), 5, null, null, null));
        assertEquals(List.of(Verdict.NO_DATA, Verdict.NO_DATA, Verdict.NO_DATA, Verdict.NO_DATA),
                WeekChanges.of(entries, FROM, TO, ZONE).stream().map(WeekChange::verdict).toList());
        assertEquals(List.of(), WeekChanges.of(entries, TO.minusDays(12), TO, ZONE));
    }

    private static DiaryFigures.Day day(int dayOfMarch, double mean) {
        return new DiaryFigures.Day(LocalDate.of(2026, 3, dayOfMarch), 1, mean, (int) mean, (int) mean);
    }

    private static PainLogView entry(Instant at, int intensity, Integer interference, String sleepHours, Integer mood) {
        return new PainLogView(UUID.randomUUID(), UUID.randomUUID(), at, intensity, List.of(), null, null, null, null,
                interference, mood, null, sleepHours == null ? null : new Sleep(new BigDecimal(sleepHours), false),
                List.of(), List.of(), null, null, false, 1, at, at, false, null);
    }
}
