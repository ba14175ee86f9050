package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;

/** ROUTINE-level prompts beside the red flags, from the last two weeks of the diary and of the outcome screens. */
@ApplicationScoped
class AdvisoryChecks {

    static final int DAYS = 14;
    static final int PERSISTENT = 3;
    static final String LOW_MOOD = "LOW_MOOD";

    private final RecentDiarySignals diary;
    private final RecentOutcomeScreens outcomes;
    private final Clock clock;

    AdvisoryChecks(RecentDiarySignals diary, RecentOutcomeScreens outcomes, Clock clock) {
        this.diary = diary;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The prompts from PHQ-2 and GAD-2 results of the last two weeks; shown only to readers of outcome results. */
    OutcomeAdvice fromOutcomes(UUID patientId) {
        return OutcomeAdvice.of(outcomes.newestSince(patientId, clock.instant().minus(Duration.ofDays(DAYS))));
    }

    /** The prompts drawn from the entries {@code audience} may see. */
    List<Advice> forPatient(UUID patientId, AccessContext audience) {
        RecentDiarySignals.Signals signals = diary.recent(patientId, DAYS, audience);
        List<Advice> advice = new ArrayList<>();
        if (signals.disruptedSleepNights() >= PERSISTENT) {
            advice.add(new Advice("SLEEP_TROUBLE", "Pain broke your sleep on " + signals.disruptedSleepNights()
                    + " nights in the last two weeks. Talk to your doctor about it: poor sleep and pain feed each other."));
        }
        if (signals.lowMoodDays() >= PERSISTENT) {
            advice.add(new Advice(LOW_MOOD, "You noted low mood on " + signals.lowMoodDays()
                    + " days in the last two weeks. Talk to your doctor; help for mood often helps pain too."));
        }
        if (signals.daysAboveMedicationMaximum() > 0) {
            advice.add(new Advice("MEDICATION_ABOVE_MAXIMUM", "On " + signals.daysAboveMedicationMaximum()
                    + " day(s) in the last two weeks you took more than your prescribed daily maximum. Talk to your "
                    + "doctor, and do not raise the dose on your own."));
        }
        return advice;
    }
}
