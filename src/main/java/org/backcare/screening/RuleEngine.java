package org.backcare.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores answers against a version's rules. Pure: no I/O, so the property test can run it
 * thousands of times. The triage is the most urgent level among the rules that fired.
 */
final class RuleEngine {

    static final String DISCLAIMER = "This is not a diagnosis. It says how soon to get care and whom to see. If you "
            + "feel very unwell or are worried, seek care now, whatever this says.";

    private RuleEngine() {
    }

    static ScreeningResult evaluate(Questionnaire questionnaire, RuleSet rules, Map<String, Object> answers) {
        List<ScreeningFlag> flags = rules.rules().stream()
                .filter(rule -> rule.firesOn(answers))
                .sorted(Comparator.comparing(RuleSet.Rule::level).reversed())
                .map(rule -> new ScreeningFlag(rule.id(), rule.level(), rule.reason(), rule.source(),
                        rule.codes().stream().filter(answers::containsKey).toList()))
                .toList();
        Triage triage = flags.stream().map(ScreeningFlag::level).max(Comparator.naturalOrder()).orElse(Triage.ROUTINE);

        List<String> unanswered = questionnaire.questions().map(Questionnaire.Question::code)
                .filter(code -> !answers.containsKey(code)).toList();
        boolean complete = unanswered.stream().noneMatch(code -> guardsAnEmergency(rules, code));

        Set<Provider> providers = EnumSet.noneOf(Provider.class);
        rules.rules().stream().filter(rule -> rule.level() == triage && rule.firesOn(answers))
                .forEach(rule -> providers.addAll(rule.providers()));
        if (triage == Triage.ROUTINE) {
            providers.addAll(List.of(Provider.PHYSIOTHERAPIST, Provider.GP));
        }
        return new ScreeningResult(triage, complete, unanswered, flags, action(triage, complete),
                new ArrayList<>(providers), List.of(), questionnaire.version(), DISCLAIMER);
    }

    private static boolean guardsAnEmergency(RuleSet rules, String code) {
        return rules.rules().stream().anyMatch(rule -> rule.level() == Triage.EMERGENCY && rule.codes().contains(code));
    }

    private static String action(Triage triage, boolean complete) {
        String action = switch (triage) {
            case EMERGENCY -> "Go to an emergency department now, or call emergency services. Do not wait for a "
                    + "GP appointment, and do not drive yourself if your legs are weak or numb.";
            case URGENT -> "See a doctor today: ask your GP for a same-day appointment or use an urgent care "
                    + "service. If you cannot be seen today, go to an emergency department.";
            case SOON -> "Book an appointment with your GP, or the specialist named below, within the next two "
                    + "weeks. Seek care at once if new bladder, bowel or leg symptoms appear.";
            case ROUTINE -> "No warning sign was reported. Keep gently active and use self-care and the exercise "
                    + "catalog. See a doctor if sleep trouble or low mood last, or if you need more medication "
                    + "than prescribed.";
        };
        if (complete || triage == Triage.EMERGENCY) {
            return action;
        }
        String incomplete = "This check is incomplete: questions about emergency warning signs are unanswered. "
                + "Answer them before relying on this result; if any might be yes, go to an emergency department now.";
        // What matters most comes first: a same-day visit outranks the gaps, the gaps outrank self-care.
        return triage == Triage.URGENT ? action + " " + incomplete : incomplete + " " + action;
    }
}
