package org.backcare.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clinical vignettes written from the guidelines the rules cite (NICE NG59/CKS, GIRFT cauda
 * equina pathway, Chou 2011, Finucane 2020, Verhagen 2016): single flags, combinations and
 * near misses. Each starts from a complete "nothing wrong" answer set for a 35-year-old with
 * two weeks of pain, then changes what the story says.
 */
class ScreeningVignettesTest {

    private static final ScreeningCatalog CATALOG = new ScreeningCatalog(List.of(1));

    static Stream<Arguments> vignettes() {
        return Stream.of(
                v("no warning sign", "", "ROUTINE"),
                v("new trouble passing urine", "BLADDER_RETENTION", "EMERGENCY", "BLADDER_RETENTION"),
                v("urinary incontinence", "BLADDER_INCONTINENCE", "EMERGENCY", "BLADDER_INCONTINENCE"),
                v("cannot feel a full bladder", "BLADDER_SENSATION_LOSS", "EMERGENCY", "BLADDER_SENSATION_LOSS"),
                v("faecal incontinence", "BOWEL_INCONTINENCE", "EMERGENCY", "BOWEL_INCONTINENCE"),
                v("cannot feel a full rectum", "RECTAL_SENSATION_LOSS", "EMERGENCY", "RECTAL_SENSATION_LOSS"),
                v("saddle anaesthesia", "SADDLE_NUMBNESS", "EMERGENCY", "SADDLE_NUMBNESS"),
                v("both legs weak", "LEG_WEAKNESS_BOTH", "EMERGENCY", "LEG_WEAKNESS_BOTH"),
                v("weakness getting worse fast", "WEAKNESS_WORSENING", "EMERGENCY", "WEAKNESS_WORSENING"),
                v("numbness spreading", "NUMBNESS_SPREADING", "EMERGENCY", "NUMBNESS_SPREADING"),
                v("bilateral sciatica", "SCIATICA_BOTH_LEGS", "EMERGENCY", "SCIATICA_BOTH_LEGS"),
                v("new sexual dysfunction alone", "SEXUAL_FUNCTION_LOSS", "SOON", "SEXUAL_FUNCTION_LOSS"),
                v("sexual dysfunction with urinary retention", "SEXUAL_FUNCTION_LOSS BLADDER_RETENTION", "EMERGENCY",
                        "BLADDER_RETENTION", "SEXUAL_FUNCTION_LOSS_WITH_NERVE_SIGNS", "SEXUAL_FUNCTION_LOSS"),
                v("sexual dysfunction with saddle numbness", "SEXUAL_FUNCTION_LOSS SADDLE_NUMBNESS", "EMERGENCY",
                        "SADDLE_NUMBNESS", "SEXUAL_FUNCTION_LOSS_WITH_NERVE_SIGNS", "SEXUAL_FUNCTION_LOSS"),
                v("sexual dysfunction with one-sided sciatica (near miss)", "SEXUAL_FUNCTION_LOSS SCIATICA_ONE_LEG",
                        "SOON", "SEXUAL_FUNCTION_LOSS", "SCIATICA_ONE_LEG"),
                v("fever", "FEVER", "URGENT", "FEVER"),
                v("fever in someone who injects drugs", "FEVER IV_DRUG_USE", "URGENT", "FEVER",
                        "FEVER_WITH_INFECTION_RISK", "INFECTION_RISK_WITH_NEW_PAIN", "INFECTION_RISK"),
                v("fever, immunosuppressed, 20 weeks", "FEVER IMMUNOSUPPRESSED weeks=20", "URGENT", "FEVER",
                        "FEVER_WITH_INFECTION_RISK", "INFECTION_RISK", "PERSISTENT_PAIN"),
                v("injects drugs, new pain", "IV_DRUG_USE", "URGENT", "INFECTION_RISK_WITH_NEW_PAIN", "INFECTION_RISK"),
                v("injects drugs, pain for 30 weeks", "IV_DRUG_USE weeks=30", "SOON", "INFECTION_RISK",
                        "PERSISTENT_PAIN"),
                v("immunosuppressed, new pain", "IMMUNOSUPPRESSED", "URGENT", "INFECTION_RISK_WITH_NEW_PAIN",
                        "INFECTION_RISK"),
                v("past cancer, pain for 3 weeks", "CANCER_HISTORY weeks=3", "URGENT", "CANCER_WITH_NEW_PAIN",
                        "CANCER_HISTORY"),
                v("past cancer, pain for 12 weeks", "CANCER_HISTORY weeks=12", "URGENT", "CANCER_WITH_NEW_PAIN",
                        "CANCER_HISTORY", "PERSISTENT_PAIN"),
                v("past cancer, pain for a year", "CANCER_HISTORY weeks=52", "SOON", "CANCER_HISTORY",
                        "PERSISTENT_PAIN"),
                v("past cancer, duration unknown", "CANCER_HISTORY weeks=?", "URGENT", "CANCER_WITH_NEW_PAIN",
                        "CANCER_HISTORY"),
                v("major trauma", "TRAUMA_MAJOR", "URGENT", "TRAUMA_MAJOR"),
                v("minor strain in a healthy adult", "TRAUMA_MINOR", "ROUTINE"),
                v("minor fall with osteoporosis", "TRAUMA_MINOR OSTEOPOROSIS", "URGENT",
                        "MINOR_TRAUMA_FRAGILE_BONES", "FRAGILE_BONES"),
                v("minor fall on long-term steroids", "TRAUMA_MINOR STEROIDS_LONG_TERM", "URGENT",
                        "MINOR_TRAUMA_FRAGILE_BONES", "FRAGILE_BONES"),
                v("osteoporosis without injury", "OSTEOPOROSIS", "SOON", "FRAGILE_BONES"),
                v("long-term steroids without injury", "STEROIDS_LONG_TERM", "SOON", "FRAGILE_BONES"),
                v("age 57 alone", "age=57", "SOON", "AGE_OVER_50"),
                v("age 50 (near miss)", "age=50", "ROUTINE"),
                v("age 19", "age=19", "SOON", "AGE_UNDER_20"),
                v("age 20 (near miss)", "age=20", "ROUTINE"),
                v("pain for 7 weeks", "weeks=7", "SOON", "PERSISTENT_PAIN"),
                v("pain for 6 weeks (near miss)", "weeks=6", "ROUTINE"),
                v("sciatica down one leg", "SCIATICA_ONE_LEG", "SOON", "SCIATICA_ONE_LEG"),
                v("one weak leg", "LEG_WEAKNESS_ONE", "SOON", "LEG_WEAKNESS_ONE"),
                v("one weak leg getting worse", "LEG_WEAKNESS_ONE WEAKNESS_WORSENING", "EMERGENCY",
                        "WEAKNESS_WORSENING", "LEG_WEAKNESS_ONE"),
                v("night pain", "NIGHT_PAIN", "SOON", "NIGHT_PAIN"),
                v("unexplained weight loss", "WEIGHT_LOSS", "SOON", "WEIGHT_LOSS"),
                v("several SOON flags never make URGENT", "NIGHT_PAIN WEIGHT_LOSS age=60", "SOON", "NIGHT_PAIN",
                        "WEIGHT_LOSS", "AGE_OVER_50"),
                v("every SOON-level sign at once", "SCIATICA_ONE_LEG LEG_WEAKNESS_ONE NIGHT_PAIN WEIGHT_LOSS "
                        + "SEXUAL_FUNCTION_LOSS OSTEOPOROSIS age=70 weeks=20", "SOON", "SCIATICA_ONE_LEG",
                        "LEG_WEAKNESS_ONE", "NIGHT_PAIN", "WEIGHT_LOSS", "SEXUAL_FUNCTION_LOSS", "FRAGILE_BONES",
                        "AGE_OVER_50", "PERSISTENT_PAIN"),
                v("fever with saddle numbness", "FEVER SADDLE_NUMBNESS", "EMERGENCY", "SADDLE_NUMBNESS", "FEVER"),
                v("onset after an injury is information only", "onset=AFTER_AN_INJURY", "ROUTINE"),
                v("major trauma in an older person with osteoporosis", "TRAUMA_MAJOR OSTEOPOROSIS age=75", "URGENT",
                        "TRAUMA_MAJOR", "FRAGILE_BONES", "AGE_OVER_50"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void triageAndFlags(String story, Map<String, Object> answers, Triage expected, Set<String> expectedFlags) {
        ScreeningResult result = evaluate(answers);
        assertEquals(expected, result.triage(), story);
        assertEquals(expectedFlags, result.flags().stream().map(ScreeningFlag::code).collect(Collectors.toSet()), story);
        assertTrue(result.flags().stream().allMatch(f -> !f.reason().isBlank() && !f.source().isBlank()), story);
        assertFalse(result.providers().isEmpty(), story);
        assertEquals(RuleEngine.DISCLAIMER, result.disclaimer());
    }

    @Test
    void emergencySendsToTheEmergencyDepartmentOnly() {
        ScreeningResult result = evaluate(vignette("SADDLE_NUMBNESS NIGHT_PAIN"));
        assertEquals(List.of(Provider.EMERGENCY_DEPARTMENT), result.providers());
        assertTrue(result.action().startsWith("Go to an emergency department now"));
    }

    @Test
    void sciaticaPointsToSpineSpecialists() {
        ScreeningResult result = evaluate(vignette("SCIATICA_ONE_LEG"));
        assertEquals(List.of(Provider.PHYSIATRIST, Provider.ORTHOPAEDIC_SPINE_SPECIALIST), result.providers());
    }

    @Test
    void nothingAnsweredIsIncompleteNotSilentlyRoutine() {
        ScreeningResult result = evaluate(Map.of());
        assertEquals(Triage.ROUTINE, result.triage());
        assertFalse(result.complete());
        assertTrue(result.unanswered().contains("SADDLE_NUMBNESS"));
        assertTrue(result.action().startsWith("This check is incomplete"));
    }

    @Test
    void anUnansweredEmergencyQuestionMakesTheCheckIncomplete() {
        Map<String, Object> answers = vignette("");
        answers.remove("BOWEL_INCONTINENCE");
        ScreeningResult result = evaluate(answers);
        assertFalse(result.complete());
        assertEquals(List.of("BOWEL_INCONTINENCE"), result.unanswered());
    }

    @Test
    void unansweredNonEmergencyQuestionsLeaveItComplete() {
        Map<String, Object> answers = vignette("");
        answers.remove("NIGHT_PAIN");
        answers.remove("AGE");
        ScreeningResult result = evaluate(answers);
        assertTrue(result.complete());
        assertEquals(Set.of("NIGHT_PAIN", "AGE"), Set.copyOf(result.unanswered()));
    }

    @Test
    void urgentButIncompleteLeadsWithTheSameDayVisit() {
        ScreeningResult result = evaluate(Map.of("FEVER", true));
        assertEquals(Triage.URGENT, result.triage());
        assertTrue(result.action().startsWith("See a doctor today"));
        assertTrue(result.action().contains("incomplete"));
    }

    static ScreeningResult evaluate(Map<String, Object> answers) {
        ScreeningCatalog.Version v1 = CATALOG.version(1);
        return RuleEngine.evaluate(v1.questionnaire(), v1.rules(), answers);
    }

    /** The complete "nothing wrong" answer set, changed by a story: CODE (yes), age=N, weeks=N or ?, onset=X. */
    static Map<String, Object> vignette(String story) {
        Map<String, Object> answers = new HashMap<>();
        CATALOG.questionnaire(1).questions().filter(q -> q.type() == Questionnaire.AnswerType.YES_NO)
                .forEach(q -> answers.put(q.code(), false));
        answers.put("AGE", new BigDecimal(35));
        answers.put("PAIN_DURATION_WEEKS", new BigDecimal(2));
        answers.put("PAIN_ONSET", "GRADUALLY");
        for (String part : story.split(" ")) {
            if (part.isBlank()) {
                continue;
            }
            if (part.startsWith("age=")) {
                answers.put("AGE", new BigDecimal(part.substring(4)));
            } else if (part.equals("weeks=?")) {
                answers.remove("PAIN_DURATION_WEEKS");
            } else if (part.startsWith("weeks=")) {
                answers.put("PAIN_DURATION_WEEKS", new BigDecimal(part.substring(6)));
            } else if (part.startsWith("onset=")) {
                answers.put("PAIN_ONSET", part.substring(6));
            } else {
                answers.put(part, true);
            }
        }
        return answers;
    }

    private static Arguments v(String story, String answers, String triage, String... flags) {
        return Arguments.of(story, vignette(answers), Triage.valueOf(triage), Set.of(flags));
    }
}
