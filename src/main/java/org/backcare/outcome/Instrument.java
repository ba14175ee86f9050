package org.backcare.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.common.ApiException;
import org.backcare.common.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A validated instrument as data: its published wording, answers, scoring, thresholds and LOINC
 * codes. Scored here, by the server, from one answer per item.
 */
@Schema(name = "OutcomeInstrument")
public record Instrument(
        @Schema(required = true, maxLength = 20, description = "PEG, PHQ-2 or GAD-2") String code,
        @Schema(required = true, minimum = "1", maximum = "1000") int version,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 500, description = "The publication the wording and scoring come from")
        String source,
        @Schema(required = true, maxLength = 500, description = "Terms of reproduction") String licence,
        @Schema(required = true, maxLength = 50, description = "The span the questions ask about") String recallPeriod,
        @Schema(maxLength = 500, description = "The stem read before the items, when the instrument has one")
        String instructions,
        @Schema(required = true, maxItems = 20) List<Item> items,
        @Schema(required = true) Scoring scoring,
        @Schema(required = true, maxItems = 10, description = "Empty when the instrument has no cut-off")
        List<Threshold> thresholds,
        @Schema(description = "The smallest improvement that counts as clinically meaningful, with its source; absent "
                + "when the instrument has none (a screen is read by its threshold)") MeaningfulChange meaningfulChange,
        @Schema(required = true) Codes loinc,
        @Schema(required = true, minimum = "1", maximum = "365", description = "How often it is due by default")
        int defaultEveryDays) {

    @Schema(name = "OutcomeItem")
    public record Item(
            @Schema(required = true, maxLength = 20, description = "The key of its answer") String linkId,
            @Schema(required = true, maxLength = 300, description = "The published wording") String text,
            @Schema(required = true, maxLength = 20, description = "LOINC code of the question") String loinc,
            @Schema(required = true, maxItems = 11) List<Option> options) {

        boolean allows(int value) {
            return options.stream().anyMatch(o -> o.value() == value);
        }
    }

    @Schema(name = "OutcomeAnswerOption")
    public record Option(
            @Schema(required = true, minimum = "0", maximum = "10") int value,
            @Schema(required = true, maxLength = 100) String label,
            @Schema(maxLength = 20, description = "LOINC answer code, where LOINC has one") String loinc) {
    }

    @Schema(name = "OutcomeScoringMethod")
    public enum Method { SUM, MEAN }

    @Schema(name = "OutcomeScoring")
    public record Scoring(
            @Schema(required = true) Method method,
            @Schema(required = true, minimum = "0", maximum = "100") double min,
            @Schema(required = true, minimum = "0", maximum = "100") double max,
            @Schema(required = true, maxLength = 500) String description) {
    }

    @Schema(name = "OutcomeThreshold")
    public record Threshold(
            @Schema(required = true, minimum = "0", maximum = "100", description = "A score at or above this") double atLeast,
            @Schema(required = true, maxLength = 300) String meaning) {
    }

    @Schema(name = "OutcomeMeaningfulChange")
    public record MeaningfulChange(
            @Schema(required = true, minimum = "1", maximum = "100", description = "A drop from the first score of at "
                    + "least this percentage of it") int improvementPercent,
            @Schema(required = true, maxLength = 500) String source) {
    }

    @Schema(name = "OutcomeCodes")
    public record Codes(
            @Schema(maxLength = 20, description = "LOINC panel; absent when LOINC has none") String panel,
            @Schema(maxLength = 20, description = "LOINC code of the score; absent when LOINC has none") String score,
            @Schema(maxLength = 500) String note) {
    }

    /** A completed instrument's score, and whether it reaches a threshold. */
    public record Score(BigDecimal value, boolean positive) {
    }

    private static final Pattern ITEM_KEY = Pattern.compile("[A-Za-z0-9-]{1,20}");

    /**
     * Scores one completed instrument: every item answered with one of its values, nothing else.
     *
     * @throws ApiException naming every missing, unknown or out-of-range answer
     */
    public Score score(Map<String, Integer> given) {
        Map<String, Integer> answers = given == null ? Map.of() : given;
        List<Violation> problems = new ArrayList<>();
        for (Item item : items) {
            Integer value = answers.get(item.linkId());
            if (value == null) {
                problems.add(new Violation("answers." + item.linkId(), "is required: every item must be answered"));
            } else if (!item.allows(value)) {
                problems.add(new Violation("answers." + item.linkId(), "must be one of the item's option values"));
            }
        }
        List<String> unknown = answers.keySet().stream()
                .filter(key -> key == null || items.stream().noneMatch(item -> item.linkId().equals(key))).toList();
        // A key is echoed only when it looks like an item key: what a caller sent is not ours to repeat at length.
        unknown.stream().filter(key -> key != null && ITEM_KEY.matcher(key).matches()).sorted()
                .forEach(key -> problems.add(new Violation("answers." + key, "is not an item of " + code)));
        if (unknown.stream().anyMatch(key -> key == null || !ITEM_KEY.matcher(key).matches())) {
            problems.add(new Violation("answers", "holds keys that are not items of " + code));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        int sum = items.stream().mapToInt(item -> answers.get(item.linkId())).sum();
        BigDecimal value = scoring.method() == Method.SUM ? BigDecimal.valueOf(sum)
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
        boolean positive = thresholds.stream().anyMatch(t -> value.compareTo(BigDecimal.valueOf(t.atLeast())) >= 0);
        return new Score(value, positive);
    }
}
