package org.backcare.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Advice from recent screening instruments, stored beside a screening. When a mood screen was
 * completed recently it speaks for mood in place of the diary's low-mood count; either way the
 * advice asks the person to talk to a doctor and never names a condition.
 *
 * @param moodScreened a PHQ-2 was completed in the window, so the diary's LOW_MOOD prompt steps aside
 */
record OutcomeAdvice(boolean moodScreened, List<Advice> advice) {

    static final OutcomeAdvice NONE = new OutcomeAdvice(false, List.of());

    static OutcomeAdvice of(List<RecentOutcomeScreens.Screen> screens) {
        List<Advice> advice = screens.stream().filter(RecentOutcomeScreens.Screen::positive).map(OutcomeAdvice::advice)
                .toList();
        return new OutcomeAdvice(screens.stream().anyMatch(RecentOutcomeScreens.Screen::mood), advice);
    }

    /** The diary's advice a reader may see, with this advice joined in for a reader who may see outcome results. */
    List<Advice> joinedTo(List<Advice> diary, boolean readerSeesOutcomes) {
        if (!readerSeesOutcomes) {
            return diary;
        }
        List<Advice> joined = new ArrayList<>(diary);
        if (moodScreened) {
            joined.removeIf(a -> a.code().equals(AdvisoryChecks.LOW_MOOD));
        }
        joined.addAll(advice);
        return joined;
    }

    private static Advice advice(RecentOutcomeScreens.Screen screen) {
        String about = screen.mood() ? "how your mood has been" : "worry and feeling on edge";
        return new Advice(screen.instrument().replace("-", "") + "_POSITIVE", "Your recent " + screen.instrument()
                + " answers reached its cut-off. That is a reason to talk to your doctor about " + about
                + ": it is a short screen, not a diagnosis, and help with it often helps pain too.");
    }
}
