package org.backcare.patient;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A medication the person is prescribed, with the most they may take in one day. */
public record MedicationPrescription(
        @NotBlank @Size(max = 100) String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 3)
        BigDecimal maxDailyDose,
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9 %/._µ-]+$") String unit) {
}
