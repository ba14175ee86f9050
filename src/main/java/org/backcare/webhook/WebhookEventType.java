package org.backcare.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.backcare.screening.ScreeningEvent;

/** What a clinic can subscribe to. */
public enum WebhookEventType {
    SCREENING_EMERGENCY("screening.emergency", ScreeningEvent.Kind.EMERGENCY),
    SCREENING_URGENT("screening.urgent", ScreeningEvent.Kind.URGENT),
    SCREENING_RESOLVED("screening.resolved", ScreeningEvent.Kind.RESOLVED);

    private final String value;
    private final ScreeningEvent.Kind kind;

    WebhookEventType(String value, ScreeningEvent.Kind kind) {
        this.value = value;
        this.kind = kind;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static WebhookEventType fromValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type"));
    }

    static WebhookEventType of(ScreeningEvent.Kind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return value;
    }
}
