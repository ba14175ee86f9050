package org.backcare.painlog;

public enum PainQuality {
    DULL, ACHING, SHARP, PIERCING, BURNING, SHOOTING, STABBING, THROBBING, TINGLING, NUMB
}
