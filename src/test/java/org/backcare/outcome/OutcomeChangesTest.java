package org.backcare.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The change is worked from the answers: rounding the PEG's mean must not move a result across 30%. */
class OutcomeChangesTest {

    private static final InstrumentCatalog CATALOG = new InstrumentCatalog();

    private static OutcomeView result(String code, int... answers) {
        Instrument instrument = CATALOG.find(code).orElseThrow();
        Map<String, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            given.put(instrument.items().get(i).linkId(), answers[i]);
        }
        Instrument.Score score = instrument.score(given);
        return new OutcomeView(UUID.randomUUID(), UUID.randomUUID(), code, 1, Instant.EPOCH, given, score.value(),
                score.positive(), Instant.EPOCH, null);
    }

    private static OutcomeView.Change change(OutcomeView first, OutcomeView current) {
        return OutcomeChanges.between(CATALOG.find(first.instrument()).orElseThrow(), first, current);
    }

    @Test
    void aDropOfExactlyThirtyPercentIsMeaningfulThoughTheRoundedMeansSayLess() {
        // 20 points (6.67) to 14 (4.67): from the rounded means 200 < 6.67 x 30.
        OutcomeView.Change change = change(result("PEG", 7, 7, 6), result("PEG", 5, 5, 4));
        assertEquals(new BigDecimal("-2.00"), change.points());
        assertEquals(new BigDecimal("-30.0"), change.percent());
        assertEquals(Boolean.TRUE, change.meaningfulImprovement());
    }

    @Test
    void justShortOfThirtyPercentIsNot() {
        // 20 points to 15: a 25% drop.
        OutcomeView.Change change = change(result("PEG", 7, 7, 6), result("PEG", 5, 5, 5));
        assertEquals(new BigDecimal("-25.0"), change.percent());
        assertEquals(Boolean.FALSE, change.meaningfulImprovement());
    }

    @Test
    void fromZeroThereIsNoPercentAndNoImprovement() {
        OutcomeView.Change change = change(result("PEG", 0, 0, 0), result("PEG", 1, 0, 0));
        assertEquals(new BigDecimal("0.33"), change.points());
        assertNull(change.percent());
        assertEquals(Boolean.FALSE, change.meaningfulImprovement());
    }

    @Test
    void aScreenIsReportedNotJudged() {
        OutcomeView.Change change = change(result("PHQ-2", 3, 3), result("PHQ-2", 1, 0));
        assertEquals(new BigDecimal("-5.00"), change.points());
        assertEquals(new BigDecimal("-83.3"), change.percent());
        assertNull(change.meaningfulImprovement());
    }
}
