package org.backcare.painlog;

public enum ReliefMeasure {
    HEAT, MASSAGE, STRETCHING, WALKING, BREATHING, YOGA, MEDICATION, REST, OTHER
}
