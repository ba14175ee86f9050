package org.backcare.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Collects, per operation, one successful exchange the suite made, as candidates for the examples
 * in {@code src/main/resources/openapi/examples.json}: run the suite with
 * {@code -Dbackcare.record-examples=/some/file.json}, read what it wrote, and copy what reads
 * well. Off (a pass-through) unless that property is set. The richest exchange under a size cap
 * wins, so an example shows the fields filled in rather than an empty page.
 */
public final class ExampleRecorder implements Filter {

    private static final String TARGET = System.getProperty("backcare.record-examples");
    private static final int MAX_CHARS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    public static final ExampleRecorder INSTANCE = new ExampleRecorder();

    private record Route(String method, Pattern path, int literals, String operationId) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Map<String, ObjectNode> best = new TreeMap<>();
    private final Map<String, Integer> scores = new TreeMap<>();

    private ExampleRecorder() {
        if (TARGET == null) {
            return;
        }
        try {
            JsonNode paths = JSON.readTree(Files.readString(OpenApiContract.DOCUMENT)).path("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String template = path.getKey();
                routes.add(new Route(op.getKey().toUpperCase(),
                        Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+")),
                        template.replaceAll("\\{[^/]+}", "").length(), op.getValue().path("operationId").asText()));
            }));
            // Each Quarkus restart loads this class afresh: carry on from what earlier ones wrote.
            if (Files.exists(Path.of(TARGET))) {
                JSON.readTree(Path.of(TARGET).toFile()).fields().forEachRemaining(kept -> {
                    best.put(kept.getKey(), (ObjectNode) kept.getValue());
                    scores.put(kept.getKey(), score(kept.getValue()));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int score(JsonNode exchange) {
        int size = exchange.toString().length();
        return size > MAX_CHARS ? -size : leaves(exchange);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec,
            FilterContext context) {
        Response response = context.next(request, spec);
        if (TARGET != null && response.statusCode() >= 200 && response.statusCode() < 300) {
            record(request, response);
        }
        return response;
    }

    private synchronized void record(FilterableRequestSpecification request, Response response) {
        URI uri = URI.create(request.getURI());
        String operationId = routes.stream()
                .filter(r -> r.method().equals(request.getMethod()) && r.path().matcher(uri.getRawPath()).matches())
                .max((a, b) -> Integer.compare(a.literals(), b.literals())).map(Route::operationId).orElse(null);
        if (operationId == null) {
            return;
        }
        try {
            ObjectNode exchange = JSON.createObjectNode();
            exchange.put("method", request.getMethod());
            exchange.put("path", uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            Object body = request.getBody();
            if (body != null) {
                ObjectNode sent = exchange.putObject("request");
                sent.put("contentType", request.getContentType().replaceAll(";.*", ""));
                sent.set("body", body instanceof String text ? JSON.readTree(text) : JSON.valueToTree(body));
            }
            ObjectNode answer = exchange.putObject("response");
            answer.put("status", response.statusCode());
            String text = response.asString();
            if (!text.isEmpty()) {
                answer.put("contentType", response.contentType().replaceAll(";.*", ""));
                answer.set("body", JSON.readTree(text));
            }
            int score = score(exchange);
            if (score > scores.getOrDefault(operationId, Integer.MIN_VALUE)) {
                scores.put(operationId, score);
                best.put(operationId, exchange);
                JSON.writeValue(Path.of(TARGET).toFile(), best);
            }
        } catch (IOException | RuntimeException e) {
            // A body that is not JSON is no example; the exchange itself went through unchanged.
        }
    }

    private static int leaves(JsonNode node) {
        if (node.isContainerNode()) {
            int count = 0;
            for (JsonNode child : node) {
                count += leaves(child);
            }
            return count;
        }
        return node.isNull() ? 0 : 1;
    }
}
