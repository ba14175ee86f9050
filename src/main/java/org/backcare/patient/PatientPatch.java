package org.backcare.patient;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: the shape of a merge patch on a profile. Every field is optional and
 * {@code null} clears it; the merged result must pass the same checks as {@link PatientInput}.
 */
@Schema(name = "PatientPatch", additionalProperties = Schema.False.class)
record PatientPatch(
        @Schema(maxLength = 100, minLength = 1, nullable = true) String displayName,
        @Schema(minimum = "1900", maximum = "2100", nullable = true) Integer birthYear,
        @Schema(nullable = true) Condition condition,
        @Schema(nullable = true) LocalDate painOnsetDate,
        @Schema(maxLength = 64, nullable = true) String timeZone,
        @Schema(maxItems = 20, nullable = true) List<MedicationPrescription> medications) {
}
