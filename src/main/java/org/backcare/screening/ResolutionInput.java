package org.backcare.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The patient's record that they sought the care an urgent screening asked for. */
public record ResolutionInput(
        @NotNull @Schema(required = true) CareSought careSought,
        @PastOrPresent @Schema(description = "When; defaults to now") OffsetDateTime soughtAt,
        @Size(max = 2000) String note) {

    public enum CareSought {
        EMERGENCY_DEPARTMENT, URGENT_CARE, GP, SPECIALIST, EMERGENCY_SERVICES_CALLED, OTHER
    }
}
