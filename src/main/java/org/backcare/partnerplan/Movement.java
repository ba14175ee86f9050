package org.backcare.partnerplan;

import java.util.EnumSet;
import java.util.Set;
import org.backcare.patient.Condition;

/** Movements a household task needs, and which of them a condition makes worse. */
public enum Movement {
    BENDING, LIFTING, TWISTING, REACHING_OVERHEAD, STANDING_LONG;

    /** Disc problems are worse with forward flexion under load; facet and arthritic joints with extension. */
    static Set<Movement> toHandOver(Condition condition) {
        return switch (condition) {
            case DISC_INJURY, DEGENERATIVE_DISC, SCIATICA -> EnumSet.of(BENDING, LIFTING);
            case FACET_SYNDROME, OSTEOARTHRITIS, SPINAL_STENOSIS, SPONDYLOSIS -> EnumSet.of(REACHING_OVERHEAD, STANDING_LONG);
            case FRACTURE, POST_SURGERY -> EnumSet.of(BENDING, LIFTING, TWISTING);
            case NONSPECIFIC, UNKNOWN -> EnumSet.noneOf(Movement.class);
        };
    }
}
