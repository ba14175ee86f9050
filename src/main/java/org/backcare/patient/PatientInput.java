package org.backcare.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable part of a profile: what POST takes, and what a merge patch is applied to. */
@Schema(name = "PatientInput")
public record PatientInput(
        @NotBlank @Size(max = 100) @Schema(required = true) String displayName,
        @Min(1900) @Max(2100) Integer birthYear,
        @Schema(description = "Defaults to UNKNOWN") Condition condition,
        @PastOrPresent @Schema(description = "First day of the current pain episode; the phase is derived from it")
        LocalDate painOnsetDate,
        @Size(max = 64) @Schema(description = "IANA time zone, e.g. Europe/Amsterdam; defaults to UTC", examples = "Europe/Amsterdam")
        String timeZone,
        @Size(max = 20) List<@NotNull @Valid MedicationPrescription> medications) {
}
