package org.backcare.report;

import java.util.List;
import org.backcare.outcome.OutcomeHistory;
import org.backcare.outcome.OutcomeView;

/**
 * The outcome measures of the period for page 1: every PEG (oldest first) with the last against
 * the first, and the newest PHQ-2 and GAD-2. Empty for a reader who may not see outcome results.
 */
record OutcomeFigures(List<OutcomeView> peg, OutcomeView.Change pegChange, OutcomeView latestPhq2,
        OutcomeView latestGad2) {

    static final OutcomeFigures NONE = new OutcomeFigures(List.of(), null, null, null);

    /** {@code results} oldest first, as {@link OutcomeHistory#between} gives them. */
    static OutcomeFigures of(List<OutcomeView> results, OutcomeHistory history) {
        List<OutcomeView> peg = only(results, "PEG");
        OutcomeView.Change change = peg.size() < 2 ? null : history.change(peg.get(0), peg.get(peg.size() - 1));
        return new OutcomeFigures(peg, change, newest(only(results, "PHQ-2")), newest(only(results, "GAD-2")));
    }

    private static List<OutcomeView> only(List<OutcomeView> results, String instrument) {
        return results.stream().filter(r -> r.instrument().equals(instrument)).toList();
    }

    private static OutcomeView newest(List<OutcomeView> results) {
        return results.isEmpty() ? null : results.get(results.size() - 1);
    }
}
