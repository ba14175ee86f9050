package org.backcare.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/ document is the contract third parties build against; it must be
 * exactly what the running app serves. The build writes the served document under target/, never
 * over the committed one, so this fails on a drifted commit by itself. Regenerate with
 * {@code ./mvnw package -DskipTests -Dquarkus.smallrye-openapi.store-schema-directory=openapi}.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedJsonMatchesServedDocument() throws IOException {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode committed = JSON.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        assertSame(committed, served, "openapi/openapi.json");
    }

    @Test
    void committedYamlMatchesServedDocument() throws IOException {
        JsonNode served = YAML.readTree(given().get("/q/openapi").asString());
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        assertSame(committed, served, "openapi/openapi.yaml");
    }

    @Test
    void everyOperationHasAnIdATagADescriptionAndDocumentedErrors() throws IOException {
        JsonNode doc = JSON.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.hasNonNull("operationId")) {
                    problems.add(where + ": no operationId");
                }
                if (!operation.hasNonNull("summary") || !operation.hasNonNull("description")) {
                    problems.add(where + ": no summary or no description");
                }
                if (!operation.has("tags") || operation.get("tags").isEmpty()) {
                    problems.add(where + ": no tag");
                }
                JsonNode responses = operation.get("responses");
                if (!responses.has("500")) {
                    problems.add(where + ": 500 not documented");
                }
                if (path.getKey().startsWith("/v1") && !responses.has("401")) {
                    problems.add(where + ": 401 not documented");
                }
                if (path.getKey().startsWith("/v1") && !operation.has("security")) {
                    problems.add(where + ": no security requirement");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText().toLowerCase());
    }

    @Test
    void everyResponseHeaderHasASchemaAndEveryApiAnswerSaysItsBudget() throws IOException {
        JsonNode doc = JSON.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        List<String> problems = new ArrayList<>();
        int headers = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                for (Iterator<Map.Entry<String, JsonNode>> answers = op.getValue().get("responses").fields();
                        answers.hasNext();) {
                    Map.Entry<String, JsonNode> answer = answers.next();
                    String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + answer.getKey();
                    JsonNode declared = answer.getValue().path("headers");
                    for (Iterator<Map.Entry<String, JsonNode>> h = declared.fields(); h.hasNext(); headers++) {
                        Map.Entry<String, JsonNode> header = h.next();
                        JsonNode resolved = header.getValue().has("$ref")
                                ? doc.at(header.getValue().get("$ref").asText().substring(1)) : header.getValue();
                        if (!resolved.has("schema")) {
                            problems.add(where + ": header " + header.getKey() + " has no schema");
                        }
                    }
                    boolean charged = path.getKey().startsWith("/v1") && answer.getKey().matches("2..|304|429");
                    if (charged && !(declared.has("RateLimit") && declared.has("RateLimit-Policy"))) {
                        problems.add(where + ": RateLimit headers not documented");
                    }
                    if (answer.getKey().equals("429") && !declared.has("Retry-After")) {
                        problems.add(where + ": no Retry-After");
                    }
                }
            }
        }
        assertTrue(headers > 100, "headers seen: " + headers);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Generators and validators size fields from the document: every string says how long it may
     * be (or its format, pattern or values), every number its smallest and largest value. A schema
     * that only refers to another (allOf, $ref) is bounded by the one it names.
     */
    @Test
    void everyStringAndNumberIsBounded() throws IOException {
        JsonNode doc = JSON.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        List<String> unbounded = new ArrayList<>();
        collectUnbounded(doc, "", unbounded);
        assertTrue(unbounded.isEmpty(), "unbounded:\n" + String.join("\n", unbounded));
    }

    private static void collectUnbounded(JsonNode node, String where, List<String> unbounded) {
        if (node.isObject()) {
            String type = node.path("type").asText();
            boolean refers = node.has("allOf") || node.has("$ref");
            if (type.equals("string") && !refers
                    && !(node.has("maxLength") || node.has("format") || node.has("pattern") || node.has("enum"))) {
                unbounded.add(where);
            }
            if ((type.equals("integer") || type.equals("number")) && !refers
                    && !(node.has("minimum") && node.has("maximum"))) {
                unbounded.add(where);
            }
            // An example is data, not a schema: a FHIR item's "type": "integer" there bounds nothing.
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("example")) {
                    collectUnbounded(field.getValue(), where + "/" + field.getKey(), unbounded);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnbounded(node.get(i), where + "/" + i, unbounded);
            }
        }
    }

    private static void assertSame(JsonNode committed, JsonNode served, String file) {
        if (!committed.equals(served)) {
            fail(file + " differs from the document the application serves at /q/openapi."
                    + " Regenerate it with './mvnw package -DskipTests"
                    + " -Dquarkus.smallrye-openapi.store-schema-directory=openapi' and commit the result.");
        }
    }
}
