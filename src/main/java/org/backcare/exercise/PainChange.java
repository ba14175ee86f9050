package org.backcare.exercise;

/** One exercise in a person's own sessions: how often it was done and the mean of pain after minus before. */
record PainChange(String exerciseSlug, long sessions, double meanPainChange) {

    /** Pain fell, on average: the exercise helped this person. */
    boolean helped() {
        return meanPainChange < 0;
    }
}
