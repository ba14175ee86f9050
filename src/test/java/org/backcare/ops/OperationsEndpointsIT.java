package org.backcare.ops;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Health, metrics and Swagger UI are served by the packaged app too. */
@QuarkusIntegrationTest
class OperationsEndpointsIT extends OperationsEndpointsTest {
}
