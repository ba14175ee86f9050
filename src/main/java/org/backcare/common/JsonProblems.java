package org.backcare.common;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps body-reading failures to problems that name the offending field, without echoing
 * Jackson's messages (they contain Java class names).
 */
public class JsonProblems {

    static final String UNKNOWN_FIELD = "unknown field; it cannot be set by clients";

    @ServerExceptionMapper({JsonProcessingException.class, StreamReadException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class})
    Response map(JsonProcessingException e, HttpServerRequest request) {
        return toResponse(e, request.path());
    }

    static Response toResponse(JsonProcessingException e, String instance) {
        ApiException problem = asApiException(e);
        return ProblemResponses.of(problem.kind(), problem.getMessage(), instance, problem.violations());
    }

    /** The client-facing form of a body that Jackson could not bind. */
    public static ApiException asApiException(JsonProcessingException e) {
        if (e instanceof InputCoercionException coercion && coercion.getProcessor() != null) {
            // A number too large for its field: well-formed JSON, an invalid value.
            return new ApiException(ProblemType.VALIDATION, "The request body has an invalid field.",
                    List.of(new Violation(fieldAt(coercion.getProcessor().getParsingContext()), "is out of range")));
        }
        if (!(e instanceof JsonMappingException mapping) || e instanceof StreamReadException) {
            return new ApiException(ProblemType.MALFORMED_BODY, "The request body is not well-formed JSON.");
        }
        String field = pathOf(mapping);
        if (field.isEmpty()) {
            return new ApiException(ProblemType.MALFORMED_BODY,
                    "The request body must be a JSON object of the documented shape.");
        }
        return new ApiException(ProblemType.VALIDATION, "The request body has an invalid field.",
                List.of(new Violation(field, messageFor(mapping))));
    }

    private static String messageFor(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return UNKNOWN_FIELD;
        }
        if (e instanceof StrictShapes.RepeatedItem) {
            return "must not list the same value twice";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof ValueInstantiationException) {
            return "has an invalid value";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "has an invalid value or type";
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or timestamp";
        }
        return "a value of the documented type";
    }

    /** The field a parser stopped at, in the same a.b[0].c form as {@link #pathOf}. */
    private static String fieldAt(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer at = context.pathAsPointer(); at.getMatchingProperty() != null || at.getMatchingIndex() >= 0;
                at = at.tail()) {
            if (at.getMatchingIndex() >= 0 && !at.mayMatchProperty()) {
                path.append('[').append(at.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() > 0 ? "." : "").append(at.getMatchingProperty());
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
