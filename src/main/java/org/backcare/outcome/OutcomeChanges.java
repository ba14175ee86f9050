package org.backcare.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A result against the first of its instrument in a window, judged by the instrument's own
 * meaningful change. Worked from the answers, not the rounded scores: a PEG of 20 points against
 * 14 is exactly a 30% drop, though 6.67 against 4.67 is not quite.
 */
final class OutcomeChanges {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OutcomeChanges() {
    }

    static OutcomeView.Change between(Instrument instrument, OutcomeView first, OutcomeView current) {
        // Both scores are the answers' sum, or that sum over the same number of items: the sums' ratio is the scores'.
        BigDecimal firstSum = sum(first);
        BigDecimal change = sum(current).subtract(firstSum);
        BigDecimal items = BigDecimal.valueOf(instrument.scoring().method() == Instrument.Method.MEAN
                ? instrument.items().size() : 1);
        BigDecimal points = change.divide(items, 2, RoundingMode.HALF_UP);
        boolean firstIsZero = firstSum.signum() == 0;
        BigDecimal percent = firstIsZero ? null : change.multiply(HUNDRED).divide(firstSum, 1, RoundingMode.HALF_UP);
        Boolean meaningful = instrument.meaningfulChange() == null ? null
                : !firstIsZero && change.negate().multiply(HUNDRED).compareTo(firstSum.multiply(
                        BigDecimal.valueOf(instrument.meaningfulChange().improvementPercent()))) >= 0;
        return new OutcomeView.Change(first.id(), first.score(), points, percent, meaningful);
    }

    private static BigDecimal sum(OutcomeView result) {
        return BigDecimal.valueOf(result.answers().values().stream().mapToInt(Integer::intValue).sum());
    }
}
