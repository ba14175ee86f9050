package org.backcare.screening;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/**
 * With a second questionnaire version in service (a test-only one in which night pain is
 * URGENT), a screening scored under version 1 keeps its version and its result.
 */
@QuarkusTest
@TestProfile(ScreeningVersionTest.TwoVersions.class)
class ScreeningVersionTest {

    public static class TwoVersions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backcare.screening.versions", "1,2");
        }
    }

    @Test
    void aStoredScreeningKeepsTheVersionItWasScoredWith() {
        String token = Api.token("versions-" + UUID.randomUUID(), "patient");
        String patientId = Api.createPatient(token, "V");
        as(token).get("/v1/screening/questionnaire").then().body("version", equalTo(2));
        as(token).queryParam("version", 1).get("/v1/screening/questionnaire").then().body("version", equalTo(1));

        String v1 = as(token).body("{\"questionnaireVersion\":1,\"answers\":{\"NIGHT_PAIN\":true}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .body("result.questionnaireVersion", equalTo(1))
                .body("result.triage", equalTo("SOON"))
                .extract().path("id");
        as(token).body("{\"answers\":{\"NIGHT_PAIN\":true}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .body("result.questionnaireVersion", equalTo(2))
                .body("result.triage", equalTo("URGENT"));

        as(token).get("/v1/patients/{p}/screenings/{id}", patientId, v1).then().statusCode(200)
                .body("result.questionnaireVersion", equalTo(1))
                .body("result.triage", equalTo("SOON"));
    }
}
