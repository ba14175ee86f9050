package org.backcare.painlog;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report draws from a span of the diary, all from the day counters the summary reads, so
 * its figures are the summary's: the summary itself, each day's spread, and every region logged.
 */
public record DiaryFigures(PainLogSummary summary, List<Day> days, List<PainLogSummary.LocationCount> regions) {

    /** A local day with entries: their mean intensity, and the lowest and highest of them. */
    public record Day(LocalDate date, long entries, double mean, int low, int high) {
    }
}
