package org.backcare.common;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; shared by the JAX-RS mappers and the Vert.x-level fallbacks. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType kind, String detail, String instance) {
        return of(kind, detail, instance, List.of());
    }

    public static Response of(ProblemType kind, String detail, String instance, List<Violation> violations) {
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind, detail, instance, violations))
                .build();
    }
}
