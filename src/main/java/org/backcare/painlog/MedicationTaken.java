package org.backcare.painlog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dose taken; compared per day with the profile's prescribed maximum (same name and unit). */
public record MedicationTaken(
        @NotBlank @Size(max = 100) @Schema(required = true) String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 3)
        @Schema(required = true) BigDecimal dose,
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9 %/._µ-]+$") @Schema(required = true) String unit,
        @Schema(description = "When it was taken; defaults to the entry's recordedAt") OffsetDateTime takenAt) {
}
