package org.backcare.partnerplan;

/** The parts of a plan; the patient chooses which of them the partner may edit. */
public enum PlanPart {
    SUPPORT_PREFERENCES, PAUSE_SIGNAL, COMFORT_CHECKLIST, CHECK_IN_SCHEDULE, HOUSEHOLD_TASKS, SHARED_EXERCISES, GOALS,
    MEDICATION_SUPPORT, FLARE_PROTOCOL
}
