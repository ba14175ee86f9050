package org.backcare.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * RestAssured filters that check traffic against the committed OpenAPI document: every
 * response must match a documented status and schema. Requests are checked too, except in
 * tests that send invalid requests on purpose.
 */
public final class OpenApiContract {

    public static final Path DOCUMENT = Path.of("openapi", "openapi.json");

    private static final OpenApiValidationFilter STRICT = filter(false);
    private static final OpenApiValidationFilter RESPONSES_ONLY = filter(true);

    private OpenApiContract() {
    }

    /** Request and response must both match the document. */
    public static OpenApiValidationFilter strict() {
        return STRICT;
    }

    /** Only the response is checked: for deliberately bad or unauthenticated requests. */
    public static OpenApiValidationFilter responsesOnly() {
        return RESPONSES_ONLY;
    }

    /** The operationIds that document a request header of this name. */
    public static Set<String> operationsWithHeader(String name) {
        try {
            JsonNode paths = new ObjectMapper().readTree(Files.readString(DOCUMENT)).path("paths");
            Set<String> found = new TreeSet<>();
            paths.forEach(item -> item.forEach(operation -> operation.path("parameters").forEach(parameter -> {
                if ("header".equals(parameter.path("in").asText()) && name.equals(parameter.path("name").asText())) {
                    found.add(operation.path("operationId").asText());
                }
            })));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenApiValidationFilter filter(boolean ignoreRequests) {
        String spec;
        try {
            spec = Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LevelResolver.Builder levels = LevelResolver.create();
        if (ignoreRequests) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withLevelResolver(levels.build())
                .build());
    }
}
