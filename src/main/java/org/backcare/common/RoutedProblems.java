package org.backcare.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Problem details written straight to Vert.x, for answers given before JAX-RS is reached. */
@ApplicationScoped
public class RoutedProblems {

    private final ObjectMapper mapper;

    RoutedProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void write(RoutingContext ctx, ProblemType kind, String detail) {
        Problem problem = Problem.of(kind, detail, ctx.request().path(), List.of());
        HttpServerResponse response = ctx.response().setStatusCode(kind.status());
        try {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }

    /** The problem with its headers (Retry-After, say). */
    public void write(RoutingContext ctx, ApiException failure) {
        failure.headers().forEach(ctx.response()::putHeader);
        write(ctx, failure.kind(), failure.getMessage());
    }
}
