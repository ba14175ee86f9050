package org.backcare.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            path.getValue().getOperations().forEach((method, op) -> {
                if (method == PathItem.HttpMethod.POST && op.getResponses().getAPIResponse("201") != null) {
                    idempotent(op);
                }
                if (method == PathItem.HttpMethod.GET && carriesEtag(op.getResponses().getAPIResponse("200"))) {
                    conditional(op);
                }
                document(path.getKey(), op);
            });
        }
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
        add(op, "429", "Over a rate limit: retry after Retry-After seconds (RateLimit says what is left)");
        op.getResponses().getAPIResponse("429")
                .addHeader("Retry-After", header("Seconds to wait before retrying", integer()))
                .addHeader("RateLimit-Policy", header("The budget that ran out: \"name\";q=quota;w=window seconds",
                        text()))
                .addHeader("RateLimit", header("What is left of it: \"name\";r=remaining;t=seconds until whole",
                        text()));
        if (secured) {
            add(op, "503", "The database is unreachable or busy; nothing was changed: retry after Retry-After");
        }
        add(op, "500", "Unexpected server error");
        op.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
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

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(86_400));
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200);
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
