package org.backcare.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a grant lets its holder do with the patient's data. */
public enum Scope {
    PAIN_LOGS_READ("pain-logs:read"),
    SCREENINGS_READ("screenings:read"),
    PLANS_READ("plans:read"),
    PLANS_WRITE("plans:write"),
    EXERCISE_SESSIONS_READ("exercise-sessions:read"),
    FHIR_EXPORT("fhir:export"),
    OUTCOMES_READ("outcomes:read");

    /** How many there are, for the bounds of a set of scopes (ScopeTest keeps it true). */
    public static final int COUNT = 7;

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Scope fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope"));
    }

    @Override
    public String toString() {
        return value;
    }
}
