package org.backcare.painlog;

/** Named points on the 0-10 pain scale, for every feature that reasons about a level of pain. */
public final class PainIntensity {

    /** From here on pain counts as severe: the summary's severe days, the partner's cue to take over. */
    public static final int SEVERE = 7;

    private PainIntensity() {
    }

    public static boolean isSevere(int intensity) {
        return intensity >= SEVERE;
    }
}
