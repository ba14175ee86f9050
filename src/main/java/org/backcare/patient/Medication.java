package org.backcare.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A prescribed medication and its maximum daily dose, stored with the profile. */
@Embeddable
class Medication {

    @Column(name = "name", nullable = false, length = 100)
    String name;

    @Column(name = "max_daily_dose", nullable = false, precision = 12, scale = 3)
    BigDecimal maxDailyDose;

    @Column(name = "unit", nullable = false, length = 20)
    String unit;
}
