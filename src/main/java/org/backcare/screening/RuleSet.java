package org.backcare.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The red-flag rules of one questionnaire version, as data (screening/v{n}/rules.json). */
record RuleSet(int version, List<Rule> rules) {

    /**
     * Fires when every {@code all} code is answered yes, at least one {@code any} code is (if
     * any are listed), and the number condition holds. Only "yes" answers and numbers count,
     * so answering more questions yes can only add flags, never remove one.
     */
    record Rule(String id, Triage level, List<String> all, List<String> any, NumberCondition number, String reason,
            String source, List<Provider> providers) {

        boolean firesOn(Map<String, Object> answers) {
            boolean allYes = all == null || all.stream().allMatch(code -> Boolean.TRUE.equals(answers.get(code)));
            boolean anyYes = any == null || any.isEmpty()
                    || any.stream().anyMatch(code -> Boolean.TRUE.equals(answers.get(code)));
            return allYes && anyYes && (number == null || number.holds(answers.get(number.code())));
        }

        List<String> codes() {
            return java.util.stream.Stream.of(all, any, number == null ? null : List.of(number.code()))
                    .filter(java.util.Objects::nonNull).flatMap(List::stream).toList();
        }
    }

    /** A bound on a numeric answer; {@code unknownMatches} makes an unanswered number count as meeting it. */
    record NumberCondition(String code, BigDecimal above, BigDecimal below, BigDecimal atMost, boolean unknownMatches) {

        boolean holds(Object answer) {
            if (!(answer instanceof Number number)) {
                return unknownMatches;
            }
            BigDecimal value = new BigDecimal(number.toString());
            return (above == null || value.compareTo(above) > 0)
                    && (below == null || value.compareTo(below) < 0)
                    && (atMost == null || value.compareTo(atMost) <= 0);
        }
    }
}
