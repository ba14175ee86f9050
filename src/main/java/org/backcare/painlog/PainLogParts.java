package org.backcare.painlog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/** The repeated parts of an entry, each in its own table so the summary can aggregate them in SQL. */
final class PainLogParts {

    private PainLogParts() {
    }

    @Embeddable
    static class Location {
        @Enumerated(EnumType.STRING)
        @Column(name = "region", nullable = false, length = 24)
        BodyRegion region;

        @Column(name = "intensity")
        Integer intensity;
    }

    @Embeddable
    static class Medication {
        @Column(name = "name", nullable = false, length = 100)
        String name;

        @Column(name = "dose", nullable = false, precision = 12, scale = 3)
        BigDecimal dose;

        @Column(name = "unit", nullable = false, length = 20)
        String unit;

        @Column(name = "taken_at")
        Instant takenAt;
    }

    @Embeddable
    static class ReliefUse {
        @Enumerated(EnumType.STRING)
        @Column(name = "measure", nullable = false, length = 16)
        ReliefMeasure measure;

        @Column(name = "helped")
        Integer helped;
    }
}
