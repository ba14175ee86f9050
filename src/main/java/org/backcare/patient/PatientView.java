package org.backcare.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Patient")
public record PatientView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 100) String displayName,
        @Schema(minimum = "1900", maximum = "2100") Integer birthYear,
        @Schema(required = true) Condition condition,
        LocalDate painOnsetDate,
        @Schema(description = "Derived from painOnsetDate; absent when the onset is unknown") Phase phase,
        @Schema(required = true, maxLength = 64) String timeZone,
        @Schema(required = true, maxItems = 20) List<MedicationPrescription> medications,
        @Schema(required = true, maxItems = 100,
                description = "EMERGENCY or URGENT screenings not yet resolved: show these first")
        List<PatientAlerts.OpenScreening> openScreenings,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                description = "Sent as the ETag; name it in If-Match to edit")
        long version) {
}
