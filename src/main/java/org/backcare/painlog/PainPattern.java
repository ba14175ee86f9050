package org.backcare.painlog;

public enum PainPattern {
    CONSTANT, INTERMITTENT
}
