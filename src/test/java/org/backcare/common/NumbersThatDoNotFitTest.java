package org.backcare.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers too large, too small or too fine for their field are 400s naming the field, never 500 or a silent 0. */
@QuarkusTest
class NumbersThatDoNotFitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGE | 1E+400", "AGE | 5E-10001", "AGE | -1E+400", "AGE | 1E-3", "PAIN_DURATION_WEEKS | 123456789012345678901234567890"})
    void screeningAnswers(String question, String number) {
        Api.raw().header("Authorization", "Bearer " + Api.token("n-" + UUID.randomUUID(), "patient"))
                .contentType("application/json").body("{\"answers\":{\"" + question + "\":" + number + "}}")
                .post("/v1/screening/evaluate").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("answers." + question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "intensity | \"intensity\":1E+400 | intensity",
        "intensity | \"intensity\":99999999999999999999 | intensity",
        "dose | \"intensity\":3,\"medications\":[{\"name\":\"X\",\"dose\":1E+400,\"unit\":\"mg\"}] | medications[0].dose",
        "dose | \"intensity\":3,\"medications\":[{\"name\":\"X\",\"dose\":5E-10001,\"unit\":\"mg\"}] | medications[0].dose",
        "hours | \"intensity\":3,\"sleep\":{\"hours\":5E-10001} | sleep.hours"})
    void diaryFields(String what, String fields, String field) {
        String token = Api.token("n-" + UUID.randomUUID(), "patient");
        String patientId = Api.createPatient(token, "Numbers");
        Api.raw().header("Authorization", "Bearer " + token).contentType("application/json")
                .body("{\"recordedAt\":\"2026-11-01T08:00:00Z\"," + fields + "}")
                .post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }
}
