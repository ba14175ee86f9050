package org.backcare.common;

import java.util.List;
import java.util.Map;

/** A failure the client can act on; rendered as problem details by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final ProblemType kind;
    private final transient List<Violation> violations;
    private final transient Map<String, String> headers;

    public ApiException(ProblemType kind, String detail) {
        this(kind, detail, List.of());
    }

    public ApiException(ProblemType kind, String detail, List<Violation> violations) {
        this(kind, detail, violations, Map.of());
    }

    /** @param headers sent with the problem, such as Retry-After */
    public ApiException(ProblemType kind, String detail, List<Violation> violations, Map<String, String> headers) {
        super(detail, null, false, false);
        this.kind = kind;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public Map<String, String> headers() {
        return headers;
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
        return invalid(List.of(new Violation(field, message)));
    }

    /** Every problem with the request at once, so a client can fix them in one go. */
    public static ApiException invalid(List<Violation> violations) {
        return new ApiException(ProblemType.VALIDATION, "The request has an invalid value.", violations);
    }
}
