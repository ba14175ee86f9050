package org.backcare.partnerplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.backcare.common.EnumSets;
import org.backcare.partnerplan.PlanParts.Goal;
import org.backcare.partnerplan.PlanParts.HouseholdTask;
import org.backcare.partnerplan.PlanParts.SharedExercise;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole plan as written by the patient (POST), as drafted, and as a merge patch edits it. */
@Schema(name = "PartnerPlanInput")
public record PlanInput(
        @NotBlank @Size(max = 255) @Pattern(regexp = "^\\S+$")
        @Schema(required = true, description = "The partner's sub; they must hold a PARTNER grant") String partnerSubject,
        @NotNull @Size(max = 9) @Schema(required = true, uniqueItems = true) Set<@NotNull PlanPart> partnerMayEdit,
        @Schema(description = "ACTIVE by default; ARCHIVED retires the plan (patient only)") PlanStatus status,
        @NotNull @Valid @Schema(required = true) PlanParts.SupportPreferences supportPreferences,
        @NotNull @Valid @Schema(required = true) PlanParts.PauseSignal pauseSignal,
        @NotNull @Valid @Schema(required = true) PlanParts.ComfortChecklist comfortChecklist,
        @NotNull @Valid @Schema(required = true) PlanParts.CheckInSchedule checkInSchedule,
        @NotNull @Size(max = 50) @Schema(required = true) List<@NotNull @Valid HouseholdTask> householdTasks,
        @NotNull @Size(max = 20) @Schema(required = true) List<@NotNull @Valid SharedExercise> sharedExercises,
        @NotNull @Size(max = 30) @Schema(required = true) List<@NotNull @Valid Goal> goals,
        @NotNull @Valid @Schema(required = true) PlanParts.MedicationSupport medicationSupport,
        @NotNull @Valid @Schema(required = true) PlanParts.FlareProtocol flareProtocol) {

    public enum PlanStatus { ACTIVE, ARCHIVED }

    public PlanInput {
        partnerMayEdit = EnumSets.inDeclarationOrder(partnerMayEdit, PlanPart.class);
    }

    /** The value of one part, for comparing what an edit changed. */
    Object part(PlanPart part) {
        return switch (part) {
            case SUPPORT_PREFERENCES -> supportPreferences;
            case PAUSE_SIGNAL -> pauseSignal;
            case COMFORT_CHECKLIST -> comfortChecklist;
            case CHECK_IN_SCHEDULE -> checkInSchedule;
            case HOUSEHOLD_TASKS -> householdTasks;
            case SHARED_EXERCISES -> sharedExercises;
            case GOALS -> goals;
            case MEDICATION_SUPPORT -> medicationSupport;
            case FLARE_PROTOCOL -> flareProtocol;
        };
    }

    PlanInput withGoals(List<PlanParts.Goal> newGoals) {
        return new PlanInput(partnerSubject, partnerMayEdit, status, supportPreferences, pauseSignal, comfortChecklist,
                checkInSchedule, householdTasks, sharedExercises, newGoals, medicationSupport, flareProtocol);
    }

    PlanInput withStatus(PlanStatus newStatus) {
        return new PlanInput(partnerSubject, partnerMayEdit, newStatus, supportPreferences, pauseSignal,
                comfortChecklist, checkInSchedule, householdTasks, sharedExercises, goals, medicationSupport,
                flareProtocol);
    }
}
