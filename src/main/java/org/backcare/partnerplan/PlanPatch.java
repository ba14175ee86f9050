package org.backcare.partnerplan;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: a merge patch on a plan. Every field is optional; lists are replaced
 * whole; the merged plan must pass every check a new plan passes.
 */
@Schema(name = "PartnerPlanPatch", additionalProperties = Schema.False.class)
record PlanPatch(
        @Schema(maxLength = 255) String partnerSubject,
        @Schema(maxItems = 9, uniqueItems = true) Set<PlanPart> partnerMayEdit,
        PlanInput.PlanStatus status,
        PlanParts.SupportPreferences supportPreferences,
        PlanParts.PauseSignal pauseSignal,
        PlanParts.ComfortChecklist comfortChecklist,
        PlanParts.CheckInSchedule checkInSchedule,
        @Schema(maxItems = 50) List<PlanParts.HouseholdTask> householdTasks,
        @Schema(maxItems = 20) List<PlanParts.SharedExercise> sharedExercises,
        @Schema(maxItems = 30) List<PlanParts.Goal> goals,
        PlanParts.MedicationSupport medicationSupport,
        PlanParts.FlareProtocol flareProtocol) {
}
