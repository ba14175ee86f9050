package org.backcare.exercise;

public enum ExerciseCategory {
    STRETCH, CORE, MOBILITY, AEROBIC, BREATHING, RELAXATION, HEAT, MASSAGE, POSTURE, INTIMACY_PREP
}
