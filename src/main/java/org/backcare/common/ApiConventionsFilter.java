package org.backcare.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what every operation shares, so each lists it without repeating a dozen annotations:
 * the problem+json responses it can give; the Idempotency-Key every create takes (every POST that
 * answers 201 is an {@link Idempotent} create); If-None-Match and 304 on every read that answers
 * with an ETag ({@link Preconditions}). Runs at build time: the stored document and the served one
 * are the same.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiConventionsFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String DESCRIPTIONS = "openapi/operation-descriptions.properties";
    /** Answers given before a resource's own filters run (token, role, body size and type checks). */
    private static final Set<String> BEFORE_RESOURCE_FILTERS = Set.of("401", "403", "413", "414", "415", "431");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Properties descriptions = descriptions();
        OperationExamples examples = OperationExamples.load();
        ResponseHeaders.register(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            path.getValue().getOperations().forEach((method, op) -> {
                if (method == PathItem.HttpMethod.POST && op.getResponses().getAPIResponse("201") != null) {
                    idempotent(op);
                }
                if (method == PathItem.HttpMethod.GET && carriesEtag(op.getResponses().getAPIResponse("200"))) {
                    conditional(op);
                }
                document(path.getKey(), op);
                describe(op, descriptions);
                examples.apply(op);
                nameCallbacks(op, examples);
            });
        }
    }

    /**
     * A callback's operations are named after it ("screeningEvent" → "onScreeningEvent"), for
     * generators, and show what a receiver gets.
     */
    private static void nameCallbacks(Operation op, OperationExamples examples) {
        if (op.getCallbacks() == null) {
            return;
        }
        op.getCallbacks().forEach((name, callback) -> callback.getPathItems().values().forEach(item ->
                item.getOperations().values().stream().filter(receiver -> receiver.getOperationId() == null)
                        .forEach(receiver -> receiver.setOperationId(
                                "on" + Character.toUpperCase(name.charAt(0)) + name.substring(1)))));
        op.getCallbacks().values().forEach(callback -> callback.getPathItems().values().forEach(item ->
                item.getOperations().values().forEach(examples::apply)));
    }

    private static void document(String path, Operation op) {
        boolean secured = path.startsWith("/v1");
        boolean hasBody = op.getRequestBody() != null;
        boolean hasParameters = op.getParameters() != null && !op.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            add(op, "400", "Invalid input: see the problem's violations");
        }
        if (secured) {
            add(op, "401", "Missing, invalid or expired bearer token");
            add(op, "403", "Your role or grant does not allow this");
        }
        if (path.contains("{") || !secured) {
            add(op, "404", "Not found, or not visible to the caller");
        }
        if (hasBody) {
            add(op, "413", "Request body over the size limit");
            add(op, "415", "Request body is not JSON, or has no Content-Type");
        }
        boolean answersWithBody = op.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null);
        if (answersWithBody) {
            add(op, "406", "None of the types the Accept header names can be sent");
        }
        add(op, "429", "Over a rate limit: retry after Retry-After seconds (RateLimit says what is left)");
        op.getResponses().getAPIResponse("429").addHeader("Retry-After", ResponseHeaders.of("Retry-After"));
        if (secured) {
            add(op, "503", "The database is unreachable or busy; nothing was changed: retry after Retry-After");
        }
        add(op, "500", "Unexpected server error");
        op.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
            // Every request is charged before anything else, so every answer may say what is left
            // (not required: a 503 for budgets the database could not settle, or a 500, has none).
            addHeaders(response, "RateLimit-Policy", "RateLimit");
            if (Boolean.TRUE.equals(op.getDeprecated()) && !BEFORE_RESOURCE_FILTERS.contains(code)) {
                addHeaders(response, "Deprecation", "Sunset", "Link");
            }
            if (response.getHeaders() != null) {
                Map<String, Header> documented = new LinkedHashMap<>();
                response.getHeaders().forEach((name, header) -> documented.put(name,
                        header != null && (header.getSchema() != null || header.getRef() != null)
                                ? header : ResponseHeaders.of(name)));
                response.setHeaders(documented);
            }
        });
    }

    /** Operation descriptions live in one file, for whoever writes the API's prose. */
    private static Properties descriptions() {
        Properties descriptions = new Properties();
        try (InputStream file = ApiConventionsFilter.class.getClassLoader().getResourceAsStream(DESCRIPTIONS)) {
            if (file == null) {
                throw new IllegalStateException(DESCRIPTIONS + " is missing");
            }
            descriptions.load(new InputStreamReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return descriptions;
    }

    private static void describe(Operation op, Properties descriptions) {
        if (op.getDescription() == null || op.getDescription().isBlank()) {
            String description = descriptions.getProperty(op.getOperationId());
            if (description == null) {
                throw new IllegalStateException("Operation " + op.getOperationId() + " has no description: add it to "
                        + DESCRIPTIONS);
            }
            op.setDescription(description);
        }
    }

    private static void addHeaders(APIResponse response, String... names) {
        for (String name : names) {
            response.addHeader(name, ResponseHeaders.of(name));
        }
    }

    private static void idempotent(Operation op) {
        op.addParameter(OASFactory.createParameter().name(IdempotencyInterceptor.HEADER).in(Parameter.In.HEADER)
                .required(false).schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                .description("A unique value (a random UUID) per create. A retry with the same key and body "
                        + "replays the first answer (with Idempotent-Replayed: true); the same key with another "
                        + "body is 422. Keys are kept at least 24 hours."));
        add(op, "409", "Conflicts with what exists now (another write got there first)");
        add(op, "422", "This Idempotency-Key was used for another request");
    }

    private static boolean carriesEtag(APIResponse ok) {
        return ok != null && ok.getHeaders() != null && ok.getHeaders().containsKey("ETag");
    }

    private static void conditional(Operation op) {
        boolean declared = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()));
        if (!declared) {
            op.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER).required(false)
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(1000))
                    .description("ETags from earlier reads: 304 when the resource still has one of them"));
        }
        if (op.getResponses().getAPIResponse("304") == null) {
            op.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified since the ETag in If-None-Match"));
        }
    }

    private static void add(Operation op, String code, String description) {
        if (op.getResponses().getAPIResponse(code) == null) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            op.getResponses().addAPIResponse(code, response);
        }
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
