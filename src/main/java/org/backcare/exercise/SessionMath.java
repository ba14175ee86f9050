package org.backcare.exercise;

import java.math.BigDecimal;
import java.math.RoundingMode;

final class SessionMath {

    private SessionMath() {
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
