package org.backcare.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Problem details for what never reaches a JAX-RS resource: paths nothing serves, and
 * failures raised by the HTTP layer itself (an oversized body, say).
 */
@ApplicationScoped
class HttpFallbacks {

    private static final Logger LOG = Logger.getLogger(HttpFallbacks.class);

    /** After the rate limiter (which runs first, so even these refusals say what budget is left). */
    private static final int SCREEN_ORDER = Integer.MIN_VALUE + 1;

    private final RoutedProblems problems;
    private final RequestLimits limits;
    private final long maxBodyBytes;
    private final BodyHandler chunkedBodies;

    HttpFallbacks(RoutedProblems problems, RequestLimits limits) {
        this.problems = problems;
        this.limits = limits;
        this.maxBodyBytes = RequestLimits.maxBodyBytes();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    }

    void install(@Observes Router router) {
        router.route().order(SCREEN_ORDER).handler(this::screen);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
        router.route().last().handler(ctx -> problems.write(ctx, ProblemType.NOT_FOUND,
                "Nothing exists at " + ctx.request().path() + "."));
    }

    /**
     * Refuses, with a problem, what the HTTP layer would refuse with an empty body (a declared
     * length over the limit, a URI or headers over ours, which are below its own) and what it would
     * let through: a body without a Content-Type, which would otherwise be read as JSON anyway.
     */
    private void screen(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(ctx, ProblemType.URI_TOO_LONG, "The request URI is longer than " + limits.maxUriLength()
                    + " characters.");
        } else if (headerBytes(request.headers()) > limits.maxHeaderBytes()) {
            refuse(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers exceed " + limits.maxHeaderBytes()
                    + " bytes.");
        } else if (declaredLength(request) > maxBodyBytes) {
            refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, RequestLimits.bodyExceeded());
        } else if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            problems.write(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, WebProblemDetails.UNSUPPORTED_MEDIA_TYPE_DETAIL);
        } else if (hasBody(request) && declaredLength(request) < 0) {
            // Chunked: no length to check up front. Read it here, within the limit, so going over it
            // fails this route (a problem, from onFailure) rather than the HTTP layer's empty 413.
            if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                ctx.response().writeContinue();
            }
            chunkedBodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    /** The rest of the request is not read: the connection closes after the answer. */
    private void refuse(RoutingContext ctx, ProblemType kind, String detail) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.write(ctx, kind, detail);
    }

    private static int headerBytes(MultiMap headers) {
        int bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;   // ": " and CRLF
        }
        return bytes;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) {
            return false;
        }
        return declaredLength(request) > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (status == 413) {
            refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, RequestLimits.bodyExceeded());
        } else if (status >= 400 && status < 500) {
            ProblemType kind = ProblemType.forStatus(status);
            problems.write(ctx, kind, kind.title() + ".");
        } else {
            LOG.errorf(ctx.failure(), "Unhandled HTTP-layer failure on %s", ctx.request().path());
            problems.write(ctx, ProblemType.INTERNAL, "Something went wrong on our side.");
        }
    }
}
