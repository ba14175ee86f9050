package org.backcare.outcome;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bounds of the values in this package's maps, for the OpenAPI document only; the services check them. */
final class SchemaValues {

    private SchemaValues() {
    }

    @Schema(name = "OutcomeAnswerValue", type = SchemaType.INTEGER, minimum = "0", maximum = "10",
            description = "The value of the option chosen; each instrument's own range is in its catalog entry")
    static final class AnswerValue {
    }

    @Schema(name = "OutcomeEveryDays", type = SchemaType.INTEGER, minimum = "1", maximum = "365",
            description = "Days between completions")
    static final class EveryDays {
    }
}
