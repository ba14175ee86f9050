package org.backcare.common;

import static io.restassured.RestAssured.given;
import static org.backcare.common.ProblemDetailsTest.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What README promises to refuse is refused: each case a problem naming the field, nothing stored. */
@QuarkusTest
class InputPromisesTest {

    private static final String ENTRY = "\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":5";

    @TestHTTPResource("/")
    URI root;

    private String token;
    private String patientId;

    @BeforeEach
    void patient() {
        token = Api.token("promises-" + UUID.randomUUID(), "patient");
        patientId = Api.createPatient(token, "Promises");
    }

    private RequestSpecification json(String body) {
        return Api.raw().header("Authorization", "Bearer " + token).contentType("application/json").body(body);
    }

    static Stream<Arguments> wrongShapes() {
        return Stream.of(
                Arguments.of("/v1/patients", "{\"displayName\":123}", "displayName"),
                Arguments.of("/v1/patients", "{\"displayName\":true}", "displayName"),
                Arguments.of("/v1/patients", "{\"displayName\":1.5}", "displayName"),
                Arguments.of("/v1/patients", "{\"displayName\":\"A\",\"painOnsetDate\":\"2026-01-01T00:00:00Z\"}",
                        "painOnsetDate"),
                Arguments.of("/v1/patients", "{\"displayName\":\"A\",\"painOnsetDate\":20000}", "painOnsetDate"),
                Arguments.of("/v1/patients/{id}/pain-logs", "{\"recordedAt\":1700000000,\"intensity\":5}", "recordedAt"),
                Arguments.of("/v1/patients/{id}/pain-logs", "{\"recordedAt\":1700000000000.5,\"intensity\":5}",
                        "recordedAt"),
                Arguments.of("/v1/patients/{id}/pain-logs", "{" + ENTRY + ",\"triggers\":[\"STRESS\",\"STRESS\"]}",
                        "triggers"),
                Arguments.of("/v1/patients/{id}/pain-logs", "{" + ENTRY + ",\"qualities\":[\"DULL\",\"DULL\"]}",
                        "qualities"),
                Arguments.of("/v1/patients/{id}/pain-logs", "{" + ENTRY + ",\"notes\":42}", "notes"));
    }

    @ParameterizedTest
    @MethodSource("wrongShapes")
    void aValueOfTheWrongShapeIsRefusedByName(String path, String body, String field) {
        assertProblem(json(body).post(path.replace("{id}", patientId)).then(), 400, "validation",
                path.replace("{id}", patientId))
                .body("violations.field", hasItem(field));
        if (path.contains("pain-logs")) {
            Api.as(token).get("/v1/patients/{id}/pain-logs", patientId).then().statusCode(200)
                    .body("items.size()", equalTo(0));
        }
    }

    @Test
    void aMergePatchCannotNullAKeyTheResourceDoesNotLetClientsWrite() {
        var current = Api.as(token).get("/v1/patients/{id}", patientId).then().statusCode(200).extract();
        String etag = current.header("ETag");
        for (String key : new String[] {"version", "id", "noSuchField"}) {
            assertProblem(Api.raw().header("Authorization", "Bearer " + token).header("If-Match", etag)
                    .contentType(MergePatch.MEDIA_TYPE).body("{\"" + key + "\":null}")
                    .patch("/v1/patients/{id}", patientId).then(), 400, "validation", "/v1/patients/" + patientId)
                    .body("violations.field", hasItem(key));
        }
        Api.as(token).get("/v1/patients/{id}", patientId).then().statusCode(200).header("ETag", etag)
                .body("version", equalTo(current.<Integer>path("version")));
    }

    @Test
    void aBodyWithoutContentTypeIsNotReadAsJson() {
        assertProblem(Api.raw().header("Authorization", "Bearer " + token).body("{\"displayName\":\"A\"}".getBytes())
                .post("/v1/patients").then(), 415, "unsupported-media-type", "/v1/patients");
    }

    // Refused before any route, so no operation of the document answers them: checked without the contract filter.
    @Test
    void aTooLongUriIsAProblem() {
        String path = "/v1/patients/" + "a".repeat(5000);
        assertProblem(given().header("Authorization", "Bearer " + token).get(path).then(), 414, "uri-too-long", path);
    }

    @Test
    void tooLargeHeadersAreAProblem() {
        assertProblem(given().header("Authorization", "Bearer " + token).header("X-Padding", "p".repeat(20_000))
                .get("/v1/me").then(), 431, "headers-too-large", "/v1/me");
    }

    @Test
    void aChunkedBodyOverTheLimitIsAProblemAndNothingIsStored() throws Exception {
        byte[] body = ("{\"displayName\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        String other = Api.token("chunked-" + UUID.randomUUID(), "patient");
        // A stream of unknown length is sent chunked: no Content-Length to refuse up front.
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/v1/patients"))
                .header("Authorization", "Bearer " + other).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertEquals("https://backcare.dev/problems/payload-too-large", problem.path("type").asText());
        assertEquals("/v1/patients", problem.path("instance").asText());
        Api.as(other).get("/v1/me").then().statusCode(200).body("patientId", equalTo(null));
    }

    @Test
    void aTimeBefore1900IsRefusedForWhatItIs() {
        assertProblem(json("{\"recordedAt\":\"1899-12-31T23:00:00Z\",\"intensity\":5}")
                .post("/v1/patients/" + patientId + "/pain-logs").then(), 400, "validation",
                "/v1/patients/" + patientId + "/pain-logs")
                .body("violations.field", hasItem("recordedAt"))
                .body("violations.message", hasItem("must not be before 1900"));
    }
}
