package org.backcare.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariants that make under-triage impossible, over thousands of random answer sets:
 * yes/no questions answered yes, no or not at all, ages and durations anywhere in range.
 */
class ScreeningPropertiesTest {

    private static final ScreeningCatalog CATALOG = new ScreeningCatalog(List.of(1));
    private static final ScreeningCatalog.Version V1 = CATALOG.version(1);
    private static final List<String> YES_NO = V1.questionnaire().questions()
            .filter(q -> q.type() == Questionnaire.AnswerType.YES_NO).map(Questionnaire.Question::code).toList();
    /**
     * The signs whose "yes" alone means EMERGENCY, written out from DESIGN.md's clinical rules
     * (cauda equina or a fast neurological loss), not read from the rule table under test: a rule
     * weakened or dropped from the table must fail this property.
     */
    private static final Set<String> EMERGENCY_QUESTIONS = Set.of(
            "BLADDER_RETENTION", "BLADDER_INCONTINENCE", "BLADDER_SENSATION_LOSS",   // new trouble passing urine, loss of control
            "BOWEL_INCONTINENCE", "RECTAL_SENSATION_LOSS",                          // loss of bowel control or rectal feeling
            "SADDLE_NUMBNESS",                                                      // groin, buttocks, genitals
            "LEG_WEAKNESS_BOTH", "WEAKNESS_WORSENING", "NUMBNESS_SPREADING",        // fast neurological loss
            "SCIATICA_BOTH_LEGS");

    @Provide
    Arbitrary<Map<String, Object>> answerSets() {
        Arbitrary<Map<String, Boolean>> yesNo = Arbitraries.of(Boolean.TRUE, Boolean.FALSE, null).list()
                .ofSize(YES_NO.size()).map(values -> {
                    Map<String, Boolean> map = new HashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) != null) {
                            map.put(YES_NO.get(i), values.get(i));
                        }
                    }
                    return map;
                });
        Arbitrary<Integer> age = Arbitraries.integers().between(-1, 120);
        Arbitrary<Integer> weeks = Arbitraries.integers().between(-1, 520);
        return Combinators.combine(yesNo, age, weeks).as((flags, a, w) -> {
            Map<String, Object> answers = new HashMap<>(flags);
            if (a >= 0) {
                answers.put("AGE", BigDecimal.valueOf(a));
            }
            if (w >= 0) {
                answers.put("PAIN_DURATION_WEEKS", BigDecimal.valueOf(w));
            }
            return answers;
        });
    }

    @Property(tries = 3000)
    void anEmergencySignIsAlwaysEmergency(@ForAll("answerSets") Map<String, Object> answers,
            @ForAll("emergencyQuestion") String sign) {
        answers.put(sign, true);
        assertEquals(Triage.EMERGENCY, evaluate(answers).triage());
    }

    @Property(tries = 3000)
    void answeringAnotherQuestionYesNeverLowersTheTriage(@ForAll("answerSets") Map<String, Object> answers,
            @ForAll("yesNoQuestion") String question) {
        Triage before = evaluate(answers).triage();
        answers.put(question, true);
        Triage after = evaluate(answers).triage();
        assertTrue(after.compareTo(before) >= 0, before + " became " + after + " after " + question + " = yes");
    }

    @Property(tries = 2000)
    void withoutAnyFlagItIsRoutine(@ForAll("answerSets") Map<String, Object> answers) {
        Map<String, Object> noFlags = new HashMap<>();
        answers.forEach((code, value) -> {
            if (value instanceof Boolean) {
                noFlags.put(code, false);
            }
        });
        ScreeningResult result = evaluate(noFlags);
        assertEquals(Triage.ROUTINE, result.triage());
        assertTrue(result.flags().isEmpty());
    }

    @Property(tries = 2000)
    void theTriageIsTheMostUrgentFlagAndIncompleteIsNeverSilent(@ForAll("answerSets") Map<String, Object> answers) {
        ScreeningResult result = evaluate(answers);
        Triage highest = result.flags().stream().map(ScreeningFlag::level).max(Enum::compareTo).orElse(Triage.ROUTINE);
        assertEquals(highest, result.triage());
        boolean emergencyUnanswered = EMERGENCY_QUESTIONS.stream().anyMatch(q -> !answers.containsKey(q));
        if (emergencyUnanswered) {
            assertTrue(!result.complete() && (result.triage() == Triage.EMERGENCY
                    || result.action().contains("incomplete")));
        }
    }

    @Provide
    Arbitrary<String> emergencyQuestion() {
        return Arbitraries.of(EMERGENCY_QUESTIONS);
    }

    @Provide
    Arbitrary<String> yesNoQuestion() {
        return Arbitraries.of(YES_NO);
    }

    private static ScreeningResult evaluate(Map<String, Object> answers) {
        return RuleEngine.evaluate(V1.questionnaire(), V1.rules(), answers);
    }
}
