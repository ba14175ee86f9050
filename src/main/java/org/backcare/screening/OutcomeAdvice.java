package org.backcare.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Advice from recent screens (PHQ-2, GAD-2), stored beside a screening and joined to the diary's
 * advice only for readers who may see outcome results. A recent mood screen speaks for mood up to
 * its own day: the diary's low-mood count then covers only the days after it, in the version each
 * audience may read, so a negative screen never hides low mood noted since. The advice asks the
 * person to talk to a doctor and names a topic, never a condition.
 *
 * @param moodScreened   a mood screen was completed in the window
 * @param advice         one prompt per positive screen
 * @param moodAfterOwner the low-mood prompt over the days after the screen, from every entry; null when none is due
 * @param moodAfterShared the same from the entries a partner may see
 */
record OutcomeAdvice(boolean moodScreened, List<Advice> advice, Advice moodAfterOwner, Advice moodAfterShared) {

    static final OutcomeAdvice NONE = new OutcomeAdvice(false, List.of(), null, null);

    /** The diary's advice a reader may see, with this advice joined in for a reader who may see outcome results. */
    List<Advice> joinedTo(List<Advice> diary, boolean readerSeesOutcomes, boolean readerSeesPrivateEntries) {
        if (!readerSeesOutcomes) {
            return diary;
        }
        List<Advice> joined = new ArrayList<>(diary);
        if (moodScreened) {
            joined.removeIf(a -> a.code().equals(AdvisoryChecks.LOW_MOOD));
            Advice moodAfter = readerSeesPrivateEntries ? moodAfterOwner : moodAfterShared;
            if (moodAfter != null) {
                joined.add(moodAfter);
            }
        }
        joined.addAll(advice);
        return joined;
    }

    static Advice positive(RecentOutcomeScreens.Topic topic) {
        return switch (topic) {
            case MOOD -> new Advice("MOOD_SCREEN_POSITIVE", "Your recent answers about losing interest in things and "
                    + "feeling down reached the questionnaire's cut-off. That is a reason to talk to your doctor about "
                    + "how you are feeling. It is a short check, not a diagnosis, and help with mood often helps "
                    + "pain too.");
            case WORRY -> new Advice("WORRY_SCREEN_POSITIVE", "Your recent answers about feeling nervous and not being "
                    + "able to stop worrying reached the questionnaire's cut-off. That is a reason to talk to your doctor "
                    + "about it. It is a short check, not a diagnosis, and help with worry often helps pain too.");
        };
    }
}
