package org.backcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets RFC 9457 problem details with a stable type and the request path. */
@QuarkusTest
class ProblemDetailsTest {

    private String token;

    @BeforeEach
    void caller() {
        token = Api.token("problems-" + UUID.randomUUID(), "patient");
    }

    private RequestSpecification authorized() {
        return Api.raw().header("Authorization", "Bearer " + token);
    }

    private RequestSpecification json(String body) {
        return authorized().contentType("application/json").body(body);
    }

    static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type, String path) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://backcare.dev/problems/" + type))
                .body("title", not(equalTo(null)))
                .body("status", equalTo(status))
                .body("detail", not(equalTo(null)))
                .body("instance", equalTo(path))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("org.backcare")))
                .body(not(containsString("jackson")));
    }

    @Test
    void malformedJson() {
        assertProblem(json("{\"displayName\": ").post("/v1/patients").then(), 400, "malformed-body", "/v1/patients");
    }

    @Test
    void bodyThatIsNotAnObject() {
        assertProblem(json("[1,2]").post("/v1/patients").then(), 400, "malformed-body", "/v1/patients");
    }

    @Test
    void wrongTypeNamesTheField() {
        assertProblem(json("{\"displayName\":\"A\",\"birthYear\":\"1980\"}").post("/v1/patients").then(),
                400, "validation", "/v1/patients")
                .body("violations.field", hasItem("birthYear"));
    }

    @Test
    void fractionForAnIntegerIsRejectedNotTruncated() {
        assertProblem(json("{\"displayName\":\"A\",\"birthYear\":1980.5}").post("/v1/patients").then(),
                400, "validation", "/v1/patients")
                .body("violations[0].field", equalTo("birthYear"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertProblem(json("{\"displayName\":\"A\",\"condition\":\"BROKEN_HEART\"}").post("/v1/patients").then(),
                400, "validation", "/v1/patients")
                .body("violations[0].field", equalTo("condition"))
                .body("violations[0].message", containsString("DISC_INJURY"));
    }

    @Test
    void unknownFieldsAreRejectedSoServerFieldsCannotBeSet() {
        for (String field : new String[] {"id", "owner", "ownerSubject", "version", "createdAt"}) {
            assertProblem(json("{\"displayName\":\"A\",\"" + field + "\":\"x\"}").post("/v1/patients").then(),
                    400, "validation", "/v1/patients")
                    .body("violations[0].field", equalTo(field));
        }
    }

    @Test
    void nestedFieldPathsAreNamed() {
        assertProblem(json("{\"displayName\":\"A\",\"medications\":[{\"name\":\"\",\"maxDailyDose\":-1,\"unit\":\"mg\"}]}")
                .post("/v1/patients").then(), 400, "validation", "/v1/patients")
                .body("violations.field", allOf(hasItem("medications[0].name"), hasItem("medications[0].maxDailyDose")));
    }

    @Test
    void beanValidationListsEveryViolation() {
        assertProblem(json("{\"displayName\":\" \",\"birthYear\":1800,\"timeZone\":\"" + "x".repeat(65) + "\"}")
                .post("/v1/patients").then(), 400, "validation", "/v1/patients")
                .body("violations.field", allOf(hasItem("displayName"), hasItem("birthYear"), hasItem("timeZone")));
    }

    @Test
    void duplicateKeysAreRejected() {
        assertProblem(json("{\"displayName\":\"A\",\"displayName\":\"B\"}").post("/v1/patients").then(),
                400, "malformed-body", "/v1/patients");
    }

    @Test
    void missingBody() {
        assertProblem(authorized().contentType("application/json").post("/v1/patients").then(),
                400, "validation", "/v1/patients");
    }

    @Test
    void missingToken() {
        assertProblem(Api.raw().get("/v1/me").then(), 401, "unauthorized", "/v1/me")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void tamperedToken() {
        assertProblem(Api.raw().header("Authorization", "Bearer " + Api.tampered(token)).get("/v1/me").then(),
                401, "unauthorized", "/v1/me")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void garbageToken() {
        assertProblem(Api.raw().header("Authorization", "Bearer not.a.jwt").get("/v1/me").then(),
                401, "unauthorized", "/v1/me");
    }

    @Test
    void wrongRole() {
        String clinician = Api.token("problems-clinician-" + UUID.randomUUID(), "clinician");
        assertProblem(Api.raw().header("Authorization", "Bearer " + clinician).contentType("application/json")
                .body("{\"displayName\":\"A\"}").post("/v1/patients").then(), 403, "forbidden", "/v1/patients");
    }

    @Test
    void unknownPathOutsideTheApi() {
        assertProblem(given().get("/no/such/thing").then(), 404, "not-found", "/no/such/thing");
    }

    @Test
    void unknownPathInsideTheApi() {
        assertProblem(given().header("Authorization", "Bearer " + token).get("/v1/nothing-here").then(),
                404, "not-found", "/v1/nothing-here");
    }

    @Test
    void badPathParameter() {
        assertProblem(authorized().get("/v1/patients/not-a-uuid").then(), 400, "validation", "/v1/patients/not-a-uuid");
    }

    @Test
    void badQueryParameters() {
        assertProblem(authorized().queryParam("limit", "abc").get("/v1/patients").then(),
                400, "validation", "/v1/patients");
        assertProblem(authorized().queryParam("limit", 0).get("/v1/patients").then(),
                400, "validation", "/v1/patients").body("violations[0].field", equalTo("limit"));
        assertProblem(authorized().queryParam("limit", 201).get("/v1/patients").then(),
                400, "validation", "/v1/patients").body("violations[0].field", equalTo("limit"));
        assertProblem(authorized().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/v1/patients").then(),
                400, "validation", "/v1/patients").body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void methodNotAllowed() {
        assertProblem(authorized().put("/v1/me").then(), 405, "method-not-allowed", "/v1/me");
    }

    @Test
    void unsupportedMediaType() {
        assertProblem(authorized().contentType("text/plain").body("hello").post("/v1/patients").then(),
                415, "unsupported-media-type", "/v1/patients");
    }

    @Test
    void bodyOverTheLimit() {
        String huge = "{\"displayName\":\"" + "x".repeat(300 * 1024) + "\"}";
        assertProblem(json(huge).post("/v1/patients").then(), 413, "payload-too-large", "/v1/patients");
    }

    @Test
    void uncaughtExceptionLeaksNothing() {
        assertProblem(given().get("/test/failure").then(), 500, "internal", "/test/failure")
                .body(not(containsString("secret")));
    }
}
