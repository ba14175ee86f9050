package org.backcare.painlog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The diary cases against the packaged jar: its H2 file database, not the in-memory one. */
@QuarkusIntegrationTest
class PainLogResourceIT extends PainLogResourceTest {
}
