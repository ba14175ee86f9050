package org.backcare.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backcare.common.ApiException;
import org.backcare.common.Violation;
import org.junit.jupiter.api.Test;

/**
 * Scoring as the sources publish it: PHQ-2 and GAD-2 add their two 0-3 answers (0-6, positive at
 * 3 or more); PEG takes the mean of its three 0-10 answers. Every score each can give is checked.
 */
class InstrumentScoringTest {

    private static final InstrumentCatalog CATALOG = new InstrumentCatalog();

    private static Instrument instrument(String code) {
        return CATALOG.find(code).orElseThrow();
    }

    @Test
    void phq2AndGad2AddTheirAnswersAndArePositiveFromThree() {
        for (String code : List.of("PHQ-2", "GAD-2")) {
            Instrument instrument = instrument(code);
            String first = instrument.items().get(0).linkId();
            String second = instrument.items().get(1).linkId();
            boolean[] seen = new boolean[7];
            for (int a = 0; a <= 3; a++) {
                for (int b = 0; b <= 3; b++) {
                    Instrument.Score score = instrument.score(Map.of(first, a, second, b));
                    assertEquals(BigDecimal.valueOf(a + b), score.value(), code + " " + a + "+" + b);
                    assertEquals(a + b >= 3, score.positive(), code + " at " + (a + b));
                    seen[a + b] = true;
                }
            }
            for (int total = 0; total <= 6; total++) {
                assertTrue(seen[total], code + " reaches " + total);
            }
        }
    }

    @Test
    void theThresholdEdgeIsTwoNegativeThreePositive() {
        Instrument phq2 = instrument("PHQ-2");
        assertFalse(phq2.score(Map.of("PHQ2-1", 1, "PHQ2-2", 1)).positive());
        assertTrue(phq2.score(Map.of("PHQ2-1", 2, "PHQ2-2", 1)).positive());
        Instrument gad2 = instrument("GAD-2");
        assertFalse(gad2.score(Map.of("GAD2-1", 0, "GAD2-2", 2)).positive());
        assertTrue(gad2.score(Map.of("GAD2-1", 0, "GAD2-2", 3)).positive());
    }

    @Test
    void pegIsTheMeanOfItsThreeAnswersToTwoDecimals() {
        Instrument peg = instrument("PEG");
        for (int p = 0; p <= 10; p++) {
            for (int e = 0; e <= 10; e++) {
                for (int g = 0; g <= 10; g++) {
                    // Hundredths by integer arithmetic, not the scorer's BigDecimal division: a third never ends in 5.
                    BigDecimal expected = BigDecimal.valueOf(((p + e + g) * 200 + 3) / 6, 2);
                    Instrument.Score score = peg.score(Map.of("P", p, "E", e, "G", g));
                    assertEquals(expected, score.value());
                    assertFalse(score.positive(), "PEG has no cut-off");
                }
            }
        }
        // The worked example in the paper's spirit: 6, 7 and 4 give 5.67.
        assertEquals(new BigDecimal("5.67"), peg.score(Map.of("P", 6, "E", 7, "G", 4)).value());
        assertEquals(new BigDecimal("0.00"), peg.score(Map.of("P", 0, "E", 0, "G", 0)).value());
        assertEquals(new BigDecimal("10.00"), peg.score(Map.of("P", 10, "E", 10, "G", 10)).value());
    }

    @Test
    void anIncompleteOrWrongAnswerSetIsRefusedNamingEveryProblem() {
        Instrument peg = instrument("PEG");
        Map<String, Integer> answers = new HashMap<>(Map.of("P", 4, "G", 11, "X", 1));
        ApiException refused = assertThrows(ApiException.class, () -> peg.score(answers));
        assertEquals(List.of(new Violation("answers.E", "is required: every item must be answered"),
                new Violation("answers.G", "must be one of the item's option values"),
                new Violation("answers.X", "is not an item of PEG")), refused.violations());
        assertThrows(ApiException.class, () -> instrument("PHQ-2").score(Map.of("PHQ2-1", -1, "PHQ2-2", 0)));
        assertThrows(ApiException.class, () -> instrument("GAD-2").score(Map.of("GAD2-1", 2)));
    }

    @Test
    void noAnswersAtAllNamesEveryItemAndOddKeysAreNotEchoed() {
        ApiException none = assertThrows(ApiException.class, () -> instrument("PHQ-2").score(null));
        assertEquals(List.of(new Violation("answers.PHQ2-1", "is required: every item must be answered"),
                new Violation("answers.PHQ2-2", "is required: every item must be answered")), none.violations());
        Map<String, Integer> odd = new HashMap<>(Map.of("PHQ2-1", 1, "PHQ2-2", 1, "<script>" + "x".repeat(500), 1));
        ApiException refused = assertThrows(ApiException.class, () -> instrument("PHQ-2").score(odd));
        assertEquals(List.of(new Violation("answers", "holds keys that are not items of PHQ-2")), refused.violations());
    }
}
