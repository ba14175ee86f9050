package org.backcare.exercise;

/** The spinal movement an exercise loads; what a condition may forbid. */
public enum SpinalMovement {
    FLEXION, EXTENSION, ROTATION, NEUTRAL
}
