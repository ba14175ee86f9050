package org.backcare.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, format = "uri", maxLength = 200) URI type,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, minimum = "400", maximum = "599") int status,
        @Schema(required = true, maxLength = 2000) String detail,
        @Schema(required = true, maxLength = 2000, description = "The request path") String instance,
        @Schema(maxItems = 500) List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
    }

    public static Problem of(ProblemType kind, String detail, String instance, List<Violation> violations) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, violations);
    }
}
