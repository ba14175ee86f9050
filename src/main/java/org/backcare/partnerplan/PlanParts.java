package org.backcare.partnerplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.common.EnumSets;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The structured parts of a partner plan, each from the seed articles. */
public final class PlanParts {

    private PlanParts() {
    }

    @Schema(name = "SupportPreferences", description = "What help the patient wants, and what they do not")
    public record SupportPreferences(
            @NotNull @Size(max = 20) @Schema(required = true) List<@NotBlank @Size(max = 200) String> wanted,
            @NotNull @Size(max = 20) @Schema(required = true) List<@NotBlank @Size(max = 200) String> notWanted) {
    }

    @Schema(name = "PauseSignal", description = "A word or phrase that stops any activity at once")
    public record PauseSignal(@NotBlank @Size(max = 100) @Schema(required = true) String phrase) {
    }

    public enum Prop { WEDGE_PILLOW, BODY_PILLOW, BED_RAIL, LUMBAR_ROLL, HEAT_PAD, FIRM_CHAIR, OTHER }

    public enum DayTime { MORNING, AFTERNOON, EVENING, NIGHT }

    @Schema(name = "ComfortChecklist")
    public record ComfortChecklist(
            @NotNull @Size(max = 20) @Schema(required = true) List<@NotBlank @Size(max = 200) String> positions,
            @NotNull @Size(max = 7) @Schema(required = true, uniqueItems = true) Set<@NotNull Prop> props,
            @NotNull @Size(max = 4) @Schema(required = true, uniqueItems = true) Set<@NotNull DayTime> timesOfDay) {

        public ComfortChecklist {
            props = EnumSets.inDeclarationOrder(props, Prop.class);
            timesOfDay = EnumSets.inDeclarationOrder(timesOfDay, DayTime.class);
        }
    }

    @Schema(name = "CheckInSchedule")
    public record CheckInSchedule(
            @NotNull @Min(1) @Max(31) @Schema(required = true, description = "Days between check-ins; weekly is 7")
            Integer everyDays) {
    }

    public enum Assignee { PATIENT, PARTNER, SHARED }

    @Schema(name = "HouseholdTask")
    public record HouseholdTask(
            @NotBlank @Size(max = 100) @Schema(required = true) String name,
            @NotEmpty @Size(max = 5) @Schema(required = true, uniqueItems = true) Set<@NotNull Movement> movements,
            @NotNull @Schema(required = true) Assignee assignedTo) {

        public HouseholdTask {
            movements = EnumSets.inDeclarationOrder(movements, Movement.class);
        }
    }

    @Schema(name = "SharedExercise")
    public record SharedExercise(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Schema(required = true) String slug,
            @NotNull @Min(1) @Max(21) @Schema(required = true) Integer timesPerWeek) {
    }

    @Schema(name = "PlanGoal")
    public record Goal(
            @Schema(description = "Assigned by the server when absent") UUID id,
            @NotBlank @Size(max = 300) @Schema(required = true) String text,
            @Schema(description = "When it should be reached") LocalDate targetDate,
            @Schema(description = "Set to mark it achieved; the achievement is recorded") Instant achievedAt) {
    }

    @Schema(name = "MedicationSupport")
    public record MedicationSupport(
            @NotNull @Schema(required = true, description = "The partner sees when a day's dose passes the maximum")
            Boolean optedIn) {
    }

    @Schema(name = "FlareProtocol", description = "What to do, in order, when a spasm or flare starts")
    public record FlareProtocol(
            @NotEmpty @Size(max = 12) @Schema(required = true) List<@NotBlank @Size(max = 300) String> steps) {
    }

}
