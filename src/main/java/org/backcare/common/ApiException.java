package org.backcare.common;

import java.util.List;

/** A failure the client can act on; rendered as problem details by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final ProblemType kind;
    private final transient List<Violation> violations;

    public ApiException(ProblemType kind, String detail) {
        this(kind, detail, List.of());
    }

    public ApiException(ProblemType kind, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public ProblemType kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, "The request has an invalid value.",
                List.of(new Violation(field, message)));
    }
}
