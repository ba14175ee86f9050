package org.backcare.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A result against the first of its instrument in a window, judged by the instrument's own meaningful change. */
final class OutcomeChanges {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OutcomeChanges() {
    }

    static OutcomeView.Change between(Instrument instrument, OutcomeView first, OutcomeView current) {
        BigDecimal points = current.score().subtract(first.score());
        boolean firstIsZero = first.score().signum() == 0;
        BigDecimal percent = firstIsZero ? null
                : points.multiply(HUNDRED).divide(first.score(), 1, RoundingMode.HALF_UP);
        Boolean meaningful = instrument.meaningfulChange() == null ? null
                : !firstIsZero && points.negate().multiply(HUNDRED)
                        .compareTo(first.score().multiply(BigDecimal.valueOf(instrument.meaningfulChange()
                                .improvementPercent()))) >= 0;
        return new OutcomeView.Change(first.id(), first.score(), points, percent, meaningful);
    }
}
