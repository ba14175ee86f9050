package org.backcare.exercise;

/**
 * Another feature's answer to "does anything of yours name this catalog entry?", so that an
 * entry in use is retired rather than removed without the catalog reading that feature's tables.
 */
public interface ExerciseUsage {

    boolean uses(String slug);
}
