package org.backcare.screening;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A versioned questionnaire, as shipped in screening/v{n}/questionnaire.json and served to apps. */
@Schema(name = "Questionnaire")
public record Questionnaire(
        @Schema(required = true, minimum = "1", maximum = "1000") int version,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, maxLength = 1000) String intro,
        @Schema(required = true, maxItems = 20) List<Group> groups) {

    @Schema(name = "QuestionGroup")
    public record Group(
            @Schema(required = true, maxLength = 50) String id,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(required = true, maxItems = 50) List<Question> questions) {
    }

    public enum AnswerType { YES_NO, NUMBER, CHOICE }

    @Schema(name = "Question")
    public record Question(
            @Schema(required = true, maxLength = 50) String code,
            @Schema(required = true) AnswerType type,
            @Schema(required = true, maxLength = 1000) String text,
            @Schema(maxLength = 20, description = "NUMBER questions: the unit asked for") String unit,
            @Schema(minimum = "0", maximum = "100000", description = "NUMBER questions: smallest allowed answer") Integer min,
            @Schema(minimum = "0", maximum = "100000", description = "NUMBER questions: largest allowed answer") Integer max,
            @Schema(maxItems = 20, description = "CHOICE questions: the allowed answers") List<@Size(max = 200) String> options) {
    }

    Stream<Question> questions() {
        return groups.stream().flatMap(g -> g.questions().stream());
    }
}
