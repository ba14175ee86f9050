package org.backcare.partnerplan;

/** A minimal valid plan body for tests in other packages. */
public final class PlanBodies {

    private PlanBodies() {
    }

    public static String plan(String partnerSubject) {
        return """
                {"partnerSubject":"%s","partnerMayEdit":["GOALS"],
                 "supportPreferences":{"wanted":[],"notWanted":[]},"pauseSignal":{"phrase":"Pause"},
                 "comfortChecklist":{"positions":[],"props":[],"timesOfDay":[]},"checkInSchedule":{"everyDays":7},
                 "householdTasks":[],"sharedExercises":[{"slug":"walking","timesPerWeek":2}],"goals":[],
                 "medicationSupport":{"optedIn":false},"flareProtocol":{"steps":["Stop"]}}""".formatted(partnerSubject);
    }
}
