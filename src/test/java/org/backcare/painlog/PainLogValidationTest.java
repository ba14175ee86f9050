package org.backcare.painlog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each field's bounds: one bad value at a time, and the problem must name that field. */
@QuarkusTest
class PainLogValidationTest {

    private static final String VALID = "\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":5";

    private String token;
    private String path;

    @BeforeEach
    void patient() {
        token = Api.token("validation-" + UUID.randomUUID(), "patient");
        path = "/v1/patients/" + Api.createPatient(token, "V") + "/pain-logs";
    }

    static Stream<Arguments> badEntries() {
        String future = OffsetDateTime.now().plusDays(2).toString();
        return Stream.of(
                Arguments.of("{\"recordedAt\":\"2026-11-01T08:00:00Z\"}", "intensity"),
                Arguments.of("{\"intensity\":5}", "recordedAt"),
                Arguments.of("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":7.5}", "intensity"),
                Arguments.of("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":-1}", "intensity"),
                Arguments.of("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":11}", "intensity"),
                Arguments.of("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":\"5\"}", "intensity"),
                Arguments.of("{\"recordedAt\":\"yesterday\",\"intensity\":5}", "recordedAt"),
                Arguments.of("{\"recordedAt\":\"" + future + "\",\"intensity\":5}", "recordedAt"),
                Arguments.of("{" + VALID + ",\"locations\":[{\"region\":\"ELBOW\"}]}", "locations[0].region"),
                Arguments.of("{" + VALID + ",\"locations\":[{\"region\":\"NECK\",\"intensity\":12}]}",
                        "locations[0].intensity"),
                Arguments.of("{" + VALID + ",\"locations\":[{\"intensity\":3}]}", "locations[0].region"),
                Arguments.of("{" + VALID + ",\"locations\":[{\"region\":\"NECK\"},{\"region\":\"NECK\"}]}",
                        "locations[1].region"),
                Arguments.of("{" + VALID + ",\"qualities\":[\"TICKLY\"]}", "qualities[0]"),
                Arguments.of("{" + VALID + ",\"pattern\":\"SOMETIMES\"}", "pattern"),
                Arguments.of("{" + VALID + ",\"radiatesToLeg\":\"yes\"}", "radiatesToLeg"),
                Arguments.of("{" + VALID + ",\"triggers\":[\"MONDAYS\"]}", "triggers[0]"),
                Arguments.of("{" + VALID + ",\"interference\":11}", "interference"),
                Arguments.of("{" + VALID + ",\"mood\":-1}", "mood"),
                Arguments.of("{" + VALID + ",\"stress\":10.5}", "stress"),
                Arguments.of("{" + VALID + ",\"sleep\":{\"hours\":25}}", "sleep.hours"),
                Arguments.of("{" + VALID + ",\"sleep\":{\"hours\":-1}}", "sleep.hours"),
                Arguments.of("{" + VALID + ",\"sleep\":{\"disrupted\":1}}", "sleep.disrupted"),
                Arguments.of("{" + VALID + ",\"medications\":[{\"dose\":1,\"unit\":\"mg\"}]}", "medications[0].name"),
                Arguments.of("{" + VALID + ",\"medications\":[{\"name\":\"x\",\"dose\":0,\"unit\":\"mg\"}]}",
                        "medications[0].dose"),
                Arguments.of("{" + VALID + ",\"medications\":[{\"name\":\"x\",\"dose\":100001,\"unit\":\"mg\"}]}",
                        "medications[0].dose"),
                Arguments.of("{" + VALID + ",\"medications\":[{\"name\":\"x\",\"dose\":1,\"unit\":\"<b>\"}]}",
                        "medications[0].unit"),
                Arguments.of("{" + VALID + ",\"medications\":[{\"name\":\"x\",\"dose\":1,\"unit\":\"mg\",\"takenAt\":\""
                        + future + "\"}]}", "medications[0].takenAt"),
                Arguments.of("{" + VALID + ",\"reliefMeasures\":[{\"measure\":\"HEAT\",\"helped\":11}]}",
                        "reliefMeasures[0].helped"),
                Arguments.of("{" + VALID + ",\"reliefMeasures\":[{\"measure\":\"HEAT\"},{\"measure\":\"HEAT\"}]}",
                        "reliefMeasures[1].measure"),
                Arguments.of("{" + VALID + ",\"reliefMeasures\":[{\"measure\":\"PRAYER\"}]}",
                        "reliefMeasures[0].measure"),
                Arguments.of("{" + VALID + ",\"symptoms\":[\"HEADACHE\"]}", "symptoms[0]"),
                Arguments.of("{" + VALID + ",\"notes\":\"" + "n".repeat(4001) + "\"}", "notes"),
                Arguments.of("{" + VALID + ",\"private\":\"no\"}", "private"),
                Arguments.of("{" + VALID + ",\"id\":\"not-a-uuid\"}", "id"),
                Arguments.of("{" + VALID + ",\"version\":3}", "version"),
                Arguments.of("{" + VALID + ",\"patientId\":\"" + UUID.randomUUID() + "\"}", "patientId"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badEntries")
    void rejectedWithTheFieldNamed(String body, String field) {
        Api.raw().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        Api.raw().header("Authorization", "Bearer " + token).get(path).then().body("items.size()", equalTo(0));
    }
}
