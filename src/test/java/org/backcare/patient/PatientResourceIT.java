package org.backcare.patient;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same profile cases against the packaged jar, started as README says (dev tokens on). */
@QuarkusIntegrationTest
class PatientResourceIT extends PatientResourceTest {
}
