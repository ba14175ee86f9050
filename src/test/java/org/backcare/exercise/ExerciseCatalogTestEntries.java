package org.backcare.exercise;

/** A valid catalog entry body for tests in other packages. */
public final class ExerciseCatalogTestEntries {

    private ExerciseCatalogTestEntries() {
    }

    public static String entry(String slug) {
        return ExerciseCatalogTest.entry(slug);
    }
}
