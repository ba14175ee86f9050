package org.backcare.exercise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.backcare.patient.Condition;
import org.backcare.patient.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A catalog entry: what curators write and what everyone reads. The seeded entries pass the
 * very same checks (a test runs them through this record's constraints and {@link ExerciseRules}).
 */
@Schema(name = "Exercise")
public record Exercise(
        @NotBlank @Size(max = 64) @Pattern(regexp = SLUG) @Schema(required = true) String slug,
        @NotBlank @Size(max = 100) @Schema(required = true) String name,
        @NotNull @Schema(required = true) ExerciseCategory category,
        @NotBlank @Size(max = 500) @Schema(required = true) String summary,
        @NotEmpty @Size(max = 20) @Schema(required = true, description = "In order; apps number them")
        List<@NotBlank @Size(max = 500) String> steps,
        @NotNull @Valid @Schema(required = true) Dosage dosage,
        @NotNull @Schema(required = true) SpinalMovement spinalMovement,
        @NotNull @Schema(required = true) PartnerRole partnerRole,
        @Size(max = 500) @Schema(description = "What the partner does, when they take part") String partnerTask,
        @NotEmpty @Size(max = 3) @Schema(required = true, uniqueItems = true) Set<@NotNull Phase> phases,
        @NotNull @Size(max = 11) @Schema(required = true, uniqueItems = true,
                description = "Conditions for which this exercise is never recommended")
        Set<@NotNull Condition> contraindications,
        @NotNull @Size(max = 10) @Schema(required = true) List<@NotNull @Valid Caution> cautions,
        @NotEmpty @Size(max = 10) @Schema(required = true, description = "Stop at once if any of these happens")
        List<@NotBlank @Size(max = 300) String> stopIf,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Where the facts come from")
        String source) {

    /** Lowercase words joined by single hyphens: what a slug looks like in a URL. */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** Everything that is prescribed; each part a range, such as 10–15 seconds. */
    public record Dosage(
            @Valid @Schema(description = "Seconds to hold, 1–600") Range holdSeconds,
            @Valid @Schema(description = "Repetitions or cycles, 1–100") Range repetitions,
            @Valid @Schema(description = "Sets, 1–20") Range sets,
            @Valid @Schema(description = "Minutes, 1–180") Range durationMinutes,
            @Valid @Schema(description = "Times a day, 1–12") Range timesPerDay) {
    }

    public record Range(
            @NotNull @Min(1) @Max(600) @Schema(required = true) Integer min,
            @NotNull @Min(1) @Max(600) @Schema(required = true) Integer max) {
    }

    /** A caution for everyone, or only for the listed conditions. */
    public record Caution(
            @NotBlank @Size(max = 500) @Schema(required = true) String text,
            @Size(max = 11) @Schema(uniqueItems = true, description = "Absent: applies to everyone")
            Set<@NotNull Condition> conditions) {

        boolean appliesTo(Condition condition) {
            return conditions == null || conditions.isEmpty() || conditions.contains(condition);
        }
    }
}
