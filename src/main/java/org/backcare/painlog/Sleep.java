package org.backcare.painlog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/** Last night's sleep: how long, and whether pain broke it. */
public record Sleep(
        @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal hours,
        Boolean disrupted) {
}
