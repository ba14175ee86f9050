package org.backcare.screening;

/** How soon to get care, least to most urgent; the declaration order is the severity order. */
public enum Triage {
    ROUTINE, SOON, URGENT, EMERGENCY;

    public boolean isOpenUntilResolved() {
        return this == URGENT || this == EMERGENCY;
    }
}
