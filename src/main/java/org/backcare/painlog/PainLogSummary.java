package org.backcare.painlog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician's one-minute view of a window of the diary; days are the patient's local days. */
@Schema(name = "PainLogSummary")
public record PainLogSummary(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, maxLength = 64) String timeZone,
        @Schema(required = true, minimum = "0", maximum = LONG_MAX) long count,
        @Schema(description = "Absent when the window holds no entry") Intensity intensity,
        @Schema(required = true, minimum = "0", maximum = INT_MAX,
                description = "Days whose strongest pain was 7 or more") int severeDays,
        @Schema(description = "Absent with fewer than two days of entries") Trend weeklyTrend,
        @Schema(required = true, maxItems = 5) List<TriggerCount> topTriggers,
        @Schema(required = true, maxItems = 5) List<LocationCount> topLocations,
        @Schema(required = true, maxItems = 9) List<ReliefEffect> reliefMeasures,
        @Schema(required = true, minimum = "0", maximum = INT_MAX,
                description = "Days with an entry reporting disrupted sleep") int disruptedSleepNights,
        @Schema(required = true, maxItems = 4) List<TimeOfDay> byTimeOfDay,
        @Schema(required = true, maxItems = 10000) List<MedicationDay> medicationByDay) {

    static final String INT_MAX = "2147483647";
    static final String LONG_MAX = "9223372036854775807";

    public record Intensity(
            @Schema(required = true, minimum = "0", maximum = "10") double mean,
            @Schema(required = true, minimum = "0", maximum = "10") double median,
            @Schema(required = true, minimum = "0", maximum = "10") int max) {
    }

    /** Least-squares slope of the daily mean intensity, in rating points per week. */
    public record Trend(
            @Schema(required = true, minimum = "-70", maximum = "70",
                    description = "At most 10 points a day either way") double pointsPerWeek,
            @Schema(required = true, minimum = "2", maximum = INT_MAX, description = "Days with entries the slope was "
                    + "fitted to") int days) {
    }

    public record TriggerCount(@Schema(required = true) Trigger trigger,
            @Schema(required = true, minimum = "1", maximum = LONG_MAX) long count) {
    }

    public record LocationCount(
            @Schema(required = true) BodyRegion region,
            @Schema(required = true, minimum = "1", maximum = LONG_MAX) long count,
            @Schema(required = true, minimum = "0", maximum = "10") double meanIntensity) {
    }

    public record ReliefEffect(
            @Schema(required = true) ReliefMeasure measure,
            @Schema(required = true, minimum = "0", maximum = LONG_MAX) long timesUsed,
            @Schema(minimum = "0", maximum = "10", description = "Mean of how much it helped; absent if never rated")
            Double meanHelped) {
    }

    public enum Period { NIGHT, MORNING, AFTERNOON, EVENING }

    /** NIGHT 00–06, MORNING 06–12, AFTERNOON 12–18, EVENING 18–24, local time. */
    public record TimeOfDay(
            @Schema(required = true) Period period,
            @Schema(required = true, minimum = "0", maximum = LONG_MAX) long count,
            @Schema(minimum = "0", maximum = "10", description = "Absent when no entry fell in this period")
            Double meanIntensity) {
    }

    public record MedicationDay(
            @Schema(required = true) LocalDate date,
            @Schema(required = true, maxLength = 100) String name,
            @Schema(required = true, maxLength = 20) String unit,
            @Schema(required = true, minimum = "0", maximum = "100000000000", description = "The day's doses added up")
            BigDecimal taken,
            @Schema(minimum = "0", maximum = "100000",
                    description = "The profile's maximum daily dose for this medication and unit") BigDecimal prescribedMax,
            @Schema(required = true) boolean aboveMaximum) {
    }
}
