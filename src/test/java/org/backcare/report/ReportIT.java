package org.backcare.report;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same report cases against the packaged jar: fonts and colour profile come from its classpath, headless. */
@QuarkusIntegrationTest
class ReportIT extends ReportTest {
}
