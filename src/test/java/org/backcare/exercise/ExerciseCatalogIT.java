package org.backcare.exercise;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The catalog as the packaged jar serves it: seeded by the Java migration on its H2 file database. */
@QuarkusIntegrationTest
class ExerciseCatalogIT extends ExerciseCatalogTest {
}
