package org.backcare.outcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeScheduleInput")
public record ScheduleInput(
        @NotNull @Size(max = 20)
        @Schema(required = true, type = SchemaType.OBJECT, maxProperties = 20,
                additionalProperties = SchemaValues.EveryDays.class, description = "Instrument code to days between completions, 1 to 365. An "
                + "instrument named in neither this nor off goes back to its default.",
                example = "{\"PEG\": 7, \"PHQ-2\": 28}")
        Map<String, Integer> everyDays,
        @Size(max = 20)
        @Schema(maxItems = 20, description = "Instruments the patient does not want to be asked for", example = "[\"GAD-2\"]")
        List<@NotNull @Size(max = 20) String> off) {

    List<String> offOrNone() {
        return off == null ? List.of() : off;
    }
}
