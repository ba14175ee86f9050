package org.backcare.screening;

/** Kinds of care a result can point to, most immediate first. */
public enum Provider {
    EMERGENCY_DEPARTMENT, GP, PHYSIATRIST, ORTHOPAEDIC_SPINE_SPECIALIST, PAIN_MANAGEMENT_SPECIALIST, PHYSIOTHERAPIST
}
