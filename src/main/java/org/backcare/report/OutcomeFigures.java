package org.backcare.report;

import java.util.List;
import org.backcare.outcome.Instrument;
import org.backcare.outcome.OutcomeHistory;
import org.backcare.outcome.OutcomeView;

/**
 * The outcome measures of the period for page 1: every PEG (oldest first) with the last against
 * the first, and the newest PHQ-2 and GAD-2, each with the instrument it was scored by (its
 * maximum, threshold and meaningful change come from the catalog). Empty for a reader who may
 * not see outcome results.
 */
record OutcomeFigures(List<OutcomeView> peg, OutcomeView.Change pegChange, Instrument pegInstrument,
        Latest phq2, Latest gad2) {

    /** The newest result of a screen, or none, with its instrument. */
    record Latest(String code, OutcomeView result, Instrument instrument) {
    }

    /** {@code results} oldest first, as {@link OutcomeHistory#between} gives them. */
    static OutcomeFigures of(List<OutcomeView> results, OutcomeHistory history) {
        List<OutcomeView> peg = only(results, "PEG");
        OutcomeView.Change change = peg.size() < 2 ? null : history.change(peg.get(0), peg.get(peg.size() - 1));
        return new OutcomeFigures(peg, change, peg.isEmpty() ? null : history.instrument(peg.get(0)),
                newest("PHQ-2", results, history), newest("GAD-2", results, history));
    }

    private static List<OutcomeView> only(List<OutcomeView> results, String instrument) {
        return results.stream().filter(r -> r.instrument().equals(instrument)).toList();
    }

    private static Latest newest(String code, List<OutcomeView> results, OutcomeHistory history) {
        List<OutcomeView> of = only(results, code);
        OutcomeView newest = of.isEmpty() ? null : of.get(of.size() - 1);
        return new Latest(code, newest, newest == null ? null : history.instrument(newest));
    }
}
