package org.backcare.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem details for what never reaches a JAX-RS resource: paths nothing serves, and
 * failures raised by the HTTP layer itself (an oversized body, say).
 */
@ApplicationScoped
class HttpFallbacks {

    private static final Logger LOG = Logger.getLogger(HttpFallbacks.class);

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    HttpFallbacks(ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
        router.route().last().handler(ctx -> write(ctx, ProblemType.NOT_FOUND,
                "Nothing exists at " + ctx.request().path() + "."));
    }

    /**
     * Vert.x enforces the same limit while reading, but answers with an empty body; a declared
     * length over the limit is refused here first, with a problem.
     */
    private void rejectOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the 256 KiB limit.");
            return;
        }
        ctx.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (status == 413) {
            write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the 256 KiB limit.");
        } else if (status >= 400 && status < 500) {
            ProblemType kind = ProblemType.forStatus(status);
            write(ctx, kind, kind.title() + ".");
        } else {
            LOG.errorf(ctx.failure(), "Unhandled HTTP-layer failure on %s", ctx.request().path());
            write(ctx, ProblemType.INTERNAL, "Something went wrong on our side.");
        }
    }

    private void write(RoutingContext ctx, ProblemType kind, String detail) {
        Problem problem = Problem.of(kind, detail, ctx.request().path(), List.of());
        try {
            ctx.response().setStatusCode(kind.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(kind.status()).end();
        }
    }
}
