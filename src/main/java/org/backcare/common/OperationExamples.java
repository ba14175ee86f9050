package org.backcare.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Each operation's example request and answer, from one file: exchanges the test suite really
 * made (recorded with the tests' ExampleRecorder), chosen and tidied by hand, so an example
 * shows what the server sends rather than what someone thought it sends. A test checks every
 * one against its schema.
 */
final class OperationExamples {

    static final String FILE = "openapi/examples.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode examples;

    private OperationExamples(JsonNode examples) {
        this.examples = examples;
    }

    static OperationExamples load() {
        try (InputStream file = OperationExamples.class.getClassLoader().getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return new OperationExamples(JSON.readTree(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the examples; an operation that takes or answers a body and has none fails the build. */
    void apply(Operation op) {
        JsonNode example = examples.path(op.getOperationId());
        if (op.getRequestBody() != null) {
            show(op.getRequestBody().getContent(), required(op, example.path("request").path("body")));
        }
        JsonNode answer = example.path("response");
        APIResponse response = op.getResponses().getAPIResponse(answer.path("status").asText());
        boolean answersWithBody = op.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null);
        if (answersWithBody) {
            if (response == null || response.getContent() == null) {
                throw missing(op);
            }
            show(response.getContent(), required(op, answer.path("body")));
        }
    }

    private static JsonNode required(Operation op, JsonNode body) {
        if (body.isMissingNode()) {
            throw missing(op);
        }
        return body;
    }

    private static IllegalStateException missing(Operation op) {
        return new IllegalStateException("Operation " + op.getOperationId() + " has no example request or answer: "
                + "add it to " + FILE);
    }

    private static void show(Content content, JsonNode body) {
        Object example = JSON.convertValue(body, Object.class);
        content.getMediaTypes().values().forEach(mediaType -> mediaType.setExample(example));
    }
}
