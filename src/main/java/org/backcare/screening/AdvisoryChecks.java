package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
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

    AdvisoryChecks(RecentDiarySignals diary, RecentOutcomeScreens outcomes) {
        this.diary = diary;
        this.outcomes = outcomes;
    }

    /** The prompts from the PHQ-2 and GAD-2 of the last two weeks; shown only to readers of outcome results. */
    OutcomeAdvice fromOutcomes(UUID patientId) {
        List<RecentOutcomeScreens.Screen> screens = outcomes.newest(patientId, DAYS);
        List<Advice> positive = screens.stream().filter(RecentOutcomeScreens.Screen::positive)
                .map(s -> OutcomeAdvice.positive(s.topic())).toList();
        // A positive mood screen already asks for a doctor; after a negative one, the diary speaks for the days since.
        return screens.stream().filter(s -> s.topic() == RecentOutcomeScreens.Topic.MOOD).findFirst()
                .map(mood -> new OutcomeAdvice(true, positive,
                        mood.positive() ? null : lowMoodAfter(patientId, mood, AccessContext.ownerAudience(patientId)),
                        mood.positive() ? null : lowMoodAfter(patientId, mood, AccessContext.partnerAudience(patientId))))
                .orElse(new OutcomeAdvice(false, positive, null, null));
    }

    private Advice lowMoodAfter(UUID patientId, RecentOutcomeScreens.Screen mood, AccessContext audience) {
        int days = diary.lowMoodDaysAfter(patientId, mood.completedAt(), DAYS, audience);
        return days < PERSISTENT ? null : new Advice(LOW_MOOD, "You noted low mood on " + days
                + " days since your last mood questionnaire. Talk to your doctor; help for mood often helps pain too.");
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
