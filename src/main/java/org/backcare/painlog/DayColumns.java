package org.backcare.painlog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The counters kept per local day of a diary (table pain_day, one column each): enough to answer
 * every question the summary and the advice ask of a span of days without reading an entry. Their
 * order here is their index in a {@link DayCounts} vector.
 */
final class DayColumns {

    static final int MAX_INTENSITY = 10;
    static final int PERIODS = 4;
    /** "Low mood" for the advice: a mood of this or less. */
    static final int LOW_MOOD = 3;

    static final int ENTRIES = 0;
    private static final int HISTOGRAM = 1;
    private static final int PERIOD_COUNT = HISTOGRAM + MAX_INTENSITY + 1;
    private static final int PERIOD_SUM = PERIOD_COUNT + PERIODS;
    static final int DISRUPTED = PERIOD_SUM + PERIODS;
    static final int LOW_MOOD_ENTRIES = DISRUPTED + 1;
    private static final int TRIGGERS = LOW_MOOD_ENTRIES + 1;
    private static final int LOCATIONS = TRIGGERS + Trigger.values().length;
    private static final int RELIEF = LOCATIONS + 2 * BodyRegion.values().length;
    static final int COUNT = RELIEF + 3 * ReliefMeasure.values().length;

    static final List<String> NAMES = names();

    private DayColumns() {
    }

    /** Entries whose intensity was {@code value}. */
    static int intensity(int value) {
        return HISTOGRAM + value;
    }

    /** Entries in a quarter of the local day (NIGHT 0–6, MORNING, AFTERNOON, EVENING), and their intensities' sum. */
    static int periodCount(int period) {
        return PERIOD_COUNT + period;
    }

    static int periodSum(int period) {
        return PERIOD_SUM + period;
    }

    static int trigger(Trigger trigger) {
        return TRIGGERS + trigger.ordinal();
    }

    /** Times the region was logged, and the sum of its intensities (the entry's where it gave none). */
    static int regionCount(BodyRegion region) {
        return LOCATIONS + 2 * region.ordinal();
    }

    static int regionSum(BodyRegion region) {
        return regionCount(region) + 1;
    }

    /** Times the measure was used; times it was rated; the sum of the ratings. */
    static int reliefUsed(ReliefMeasure measure) {
        return RELIEF + 3 * measure.ordinal();
    }

    static int reliefRated(ReliefMeasure measure) {
        return reliefUsed(measure) + 1;
    }

    static int reliefHelped(ReliefMeasure measure) {
        return reliefUsed(measure) + 2;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("entries");
        for (int i = 0; i <= MAX_INTENSITY; i++) {
            names.add("i" + i);
        }
        for (int p = 0; p < PERIODS; p++) {
            names.add("p" + p + "_n");
        }
        for (int p = 0; p < PERIODS; p++) {
            names.add("p" + p + "_sum");
        }
        names.add("disrupted");
        names.add("low_mood");
        for (Trigger trigger : Trigger.values()) {
            names.add("t_" + lower(trigger));
        }
        for (BodyRegion region : BodyRegion.values()) {
            names.add("l_" + lower(region) + "_n");
            names.add("l_" + lower(region) + "_sum");
        }
        for (ReliefMeasure measure : ReliefMeasure.values()) {
            names.add("r_" + lower(measure) + "_n");
            names.add("r_" + lower(measure) + "_rated");
            names.add("r_" + lower(measure) + "_helped");
        }
        if (names.size() != COUNT) {
            throw new IllegalStateException("day counters out of step: " + names.size() + " != " + COUNT);
        }
        return Collections.unmodifiableList(names);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
