package org.backcare.screening;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.backcare.common.Violation;

/** Checks raw answers against the questionnaire they claim to answer; null means "not answered". */
final class AnswerParser {

    /** Ages and weeks need no finer grain; a number with more is a typo or a probe, not an answer. */
    static final int MAX_DECIMALS = 2;

    private AnswerParser() {
    }

    static Map<String, Object> parse(Questionnaire questionnaire, Map<String, JsonNode> raw) {
        Map<String, Questionnaire.Question> questions = questionnaire.questions()
                .collect(Collectors.toMap(Questionnaire.Question::code, Function.identity()));
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        raw.forEach((code, value) -> {
            String field = "answers." + code;
            Questionnaire.Question question = questions.get(code);
            if (question == null) {
                violations.add(new Violation(field, "is not a question of version " + questionnaire.version()));
            } else if (value != null && !value.isNull()) {
                Object parsed = parse(question, value);
                if (parsed == null) {
                    violations.add(new Violation(field, expectation(question)));
                } else {
                    answers.put(code, parsed);
                }
            }
        });
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "Some answers do not fit their questions.", violations);
        }
        return answers;
    }

    private static Object parse(Questionnaire.Question question, JsonNode value) {
        return switch (question.type()) {
            case YES_NO -> value.isBoolean() ? value.booleanValue() : null;
            case NUMBER -> value.isNumber() && within(question, value.decimalValue()) ? value.decimalValue()
                    .stripTrailingZeros() : null;
            case CHOICE -> value.isTextual() && question.options().contains(value.textValue()) ? value.textValue() : null;
        };
    }

    private static boolean within(Questionnaire.Question question, BigDecimal value) {
        return value.stripTrailingZeros().scale() <= MAX_DECIMALS
                && (question.min() == null || value.compareTo(BigDecimal.valueOf(question.min())) >= 0)
                && (question.max() == null || value.compareTo(BigDecimal.valueOf(question.max())) <= 0);
    }

    private static String expectation(Questionnaire.Question question) {
        return switch (question.type()) {
            case YES_NO -> "must be true or false";
            case NUMBER -> "must be a number from " + question.min() + " to " + question.max() + ", with at most "
                    + MAX_DECIMALS + " decimals";
            case CHOICE -> "must be one of " + question.options();
        };
    }
}
