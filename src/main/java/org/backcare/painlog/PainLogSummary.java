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
        @Schema(required = true, minimum = "0") long count,
        @Schema(description = "Absent when the window holds no entry") Intensity intensity,
        @Schema(required = true, description = "Days whose strongest pain was 7 or more") int severeDays,
        @Schema(description = "Absent with fewer than two days of entries") Trend weeklyTrend,
        @Schema(required = true, maxItems = 5) List<TriggerCount> topTriggers,
        @Schema(required = true, maxItems = 5) List<LocationCount> topLocations,
        @Schema(required = true, maxItems = 9) List<ReliefEffect> reliefMeasures,
        @Schema(required = true, description = "Days with an entry reporting disrupted sleep") int disruptedSleepNights,
        @Schema(required = true, maxItems = 4) List<TimeOfDay> byTimeOfDay,
        @Schema(required = true, maxItems = 10000) List<MedicationDay> medicationByDay) {

    public record Intensity(
            @Schema(required = true) double mean,
            @Schema(required = true) double median,
            @Schema(required = true) int max) {
    }

    /** Least-squares slope of the daily mean intensity, in rating points per week. */
    public record Trend(
            @Schema(required = true) double pointsPerWeek,
            @Schema(required = true, description = "Days with entries the slope was fitted to") int days) {
    }

    public record TriggerCount(@Schema(required = true) Trigger trigger, @Schema(required = true) long count) {
    }

    public record LocationCount(
            @Schema(required = true) BodyRegion region,
            @Schema(required = true) long count,
            @Schema(required = true) double meanIntensity) {
    }

    public record ReliefEffect(
            @Schema(required = true) ReliefMeasure measure,
            @Schema(required = true) long timesUsed,
            @Schema(description = "Mean of how much it helped, 0–10; absent if never rated") Double meanHelped) {
    }

    public enum Period { NIGHT, MORNING, AFTERNOON, EVENING }

    /** NIGHT 00–06, MORNING 06–12, AFTERNOON 12–18, EVENING 18–24, local time. */
    public record TimeOfDay(
            @Schema(required = true) Period period,
            @Schema(required = true) long count,
            @Schema(description = "Absent when no entry fell in this period") Double meanIntensity) {
    }

    public record MedicationDay(
            @Schema(required = true) LocalDate date,
            @Schema(required = true, maxLength = 100) String name,
            @Schema(required = true, maxLength = 20) String unit,
            @Schema(required = true) BigDecimal taken,
            @Schema(description = "The profile's maximum daily dose for this medication and unit") BigDecimal prescribedMax,
            @Schema(required = true) boolean aboveMaximum) {
    }
}
