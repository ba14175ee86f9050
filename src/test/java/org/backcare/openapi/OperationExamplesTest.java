package org.backcare.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backcare.support.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed document, the webhook callback included, shows an example
 * request (when it takes a body) and an example answer (when it answers with one), and each
 * example is valid against the schema it illustrates: a generator or a developer copying it gets something the server accepts.
 */
class OperationExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("src", "main", "resources", "openapi", "examples.json");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Test
    void everyBodyInTheDocumentHasAnExample() throws IOException {
        JsonNode doc = withCallbacksMounted();
        List<String> missing = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!media.getValue().has("example")) {
                    missing.add(where + " request " + media.getKey());
                }
            });
            if (answersWithBody(op.getValue().path("responses")) && !answerExample(op.getValue().path("responses"))) {
                missing.add(where + " answer");
            }
        }));
        assertEquals(List.of(), missing, "operations without an example");
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() throws IOException {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(withCallbacksMounted().toString())
                .withLevelResolver(LevelResolver.create()
                        // The examples show bodies; tokens and headers are described beside them.
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.parameter.header.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.header.missing", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        List<String> invalid = new ArrayList<>();
        JsonNode examples = JSON.readTree(Files.readString(EXAMPLES));
        examples.fields().forEachRemaining(entry -> {
            JsonNode example = entry.getValue();
            String[] pathAndQuery = example.path("path").asText().split("\\?", 2);
            Request.Method method = Request.Method.valueOf(example.path("method").asText());
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, pathAndQuery[0]);
            if (pathAndQuery.length > 1) {
                for (String pair : pathAndQuery[1].split("&")) {
                    String[] nameValue = pair.split("=", 2);
                    request.withQueryParam(nameValue[0], nameValue.length > 1 ? decode(nameValue[1]) : "");
                }
            }
            JsonNode sent = example.path("request");
            if (!sent.isMissingNode()) {
                request.withContentType(sent.path("contentType").asText()).withBody(sent.path("body").toString());
            }
            report(entry.getKey() + " request", validator.validateRequest(request.build()), invalid);
            JsonNode answer = example.path("response");
            SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.path("status").asInt());
            if (answer.has("body")) {
                response.withContentType(answer.path("contentType").asText()).withBody(answer.path("body").toString());
            }
            report(entry.getKey() + " answer", validator.validateResponse(pathAndQuery[0], method, response.build()),
                    invalid);
        });
        assertEquals(List.of(), invalid, "examples that do not match their schema");
    }

    /**
     * The document with each callback operation (what a receiver gets) also served at
     * /callbacks/{operationId}, so that the validator, which reads only paths, checks its example too.
     */
    private static JsonNode withCallbacksMounted() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(OpenApiContract.DOCUMENT));
        ObjectNode paths = (ObjectNode) doc.get("paths");
        Map<String, ObjectNode> mounted = new TreeMap<>();
        paths.forEach(item -> item.forEach(op -> op.path("callbacks").forEach(callback ->
                callback.forEach(callbackItem -> callbackItem.fields().forEachRemaining(receiver -> {
                    ObjectNode operation = receiver.getValue().deepCopy();
                    String operationId = operation.remove("operationId").asText();   // ids must stay unique
                    mounted.put("/callbacks/" + operationId, JSON.createObjectNode().set(receiver.getKey(), operation));
                })))));
        assertFalse(mounted.isEmpty(), "the webhook callback is documented");
        paths.setAll(mounted);
        return doc;
    }

    private static boolean answersWithBody(JsonNode responses) {
        return successes(responses).stream().anyMatch(response -> response.path("content").size() > 0);
    }

    /** One successful answer shows an example (a create's 201, not also its replayed 200). */
    private static boolean answerExample(JsonNode responses) {
        return successes(responses).stream().flatMap(response -> stream(response.path("content")))
                .anyMatch(media -> media.has("example"));
    }

    private static List<JsonNode> successes(JsonNode responses) {
        List<JsonNode> found = new ArrayList<>();
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                found.add(response.getValue());
            }
        });
        return found;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode node) {
        return java.util.stream.StreamSupport.stream(node.spliterator(), false);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void report(String what, ValidationReport report, List<String> invalid) {
        report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> invalid.add(what + ": " + message.getKey() + " " + message.getMessage()));
    }
}
