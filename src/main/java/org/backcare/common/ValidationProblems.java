package org.backcare.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Bean Validation failures become one problem listing every violated field. */
class ValidationProblems {

    @ServerExceptionMapper
    Response map(ConstraintViolationException e, HttpServerRequest request) {
        boolean ourBug = e.getConstraintViolations().stream()
                .anyMatch(v -> hasKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (ourBug) {
            return ProblemMappers.internal(e, request);
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION,
                "The request has " + violations.size() + " invalid value(s).", request.path(), violations);
    }

    /** The JSON-facing name: body fields as "a.b[0].c", query and path parameters by name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null && field.length() > 0) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getKind() == ElementKind.PROPERTY) {
                        if (field.length() > 0) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (field.length() == 0) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    private static boolean hasKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }
}
