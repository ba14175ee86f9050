package org.backcare.common;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem details. Nothing from an exception's message or
 * class reaches the client unless the exception was written for clients ({@link ApiException}).
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"backcare\"";

    @ServerExceptionMapper
    Response api(ApiException e, HttpServerRequest request) {
        Response problem = ProblemResponses.of(e.kind(), e.getMessage(), request.path(), e.violations());
        if (!e.headers().isEmpty()) {
            Response.ResponseBuilder withHeaders = Response.fromResponse(problem);
            e.headers().forEach(withHeaders::header);
            return withHeaders.build();
        }
        return problem;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        String detail = tokenSent
                ? "The bearer token is invalid or has expired."
                : "This endpoint needs a bearer token in the Authorization header.";
        Response problem = ProblemResponses.of(ProblemType.UNAUTHORIZED, detail, request.path());
        String challenge = tokenSent ? BEARER_CHALLENGE + ", error=\"invalid_token\"" : BEARER_CHALLENGE;
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN,
                "Your role does not allow this operation.", request.path());
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return JsonProblems.toResponse(json, request.path());
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter does not convert; it is a bad request.
            return ProblemResponses.of(ProblemType.VALIDATION, "A path or query parameter has an invalid format.",
                    request.path(), List.of(new Violation("parameter", "has an invalid format")));
        }
        ProblemType kind = ProblemType.forStatus(status);
        if (status >= 500) {
            return failed(e, request);
        }
        return ProblemResponses.of(kind, WebProblemDetails.detailFor(kind, request), request.path());
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, HttpServerRequest request) {
        return DatabaseFaults.classify(e).map(known -> api(known, request)).orElseGet(() -> failed(e, request));
    }

    /**
     * A failure of ours, unless the client hung up while sending the body: uploads cut off by a
     * phone's network are routine, so they are noted without a stack trace and not counted as 500s.
     * The answer goes nowhere; it is for the access log and the metrics.
     */
    private static Response failed(Throwable e, HttpServerRequest request) {
        if (!bodyCutOff(e, request)) {
            return internal(e, request);
        }
        LOG.infof("The client closed the connection before sending all of %s %s", request.method(), request.path());
        return ProblemResponses.of(ProblemType.MALFORMED_BODY, "The connection closed before the whole body arrived.",
                request.path());
    }

    /**
     * The shape a blocking body read fails with when the client's connection closes: IOExceptions
     * down to Vert.x's HttpClosedException, on a connection that is closed. An upstream connection
     * closing (another service's) is not one, and stays a failure of ours.
     */
    private static boolean bodyCutOff(Throwable e, HttpServerRequest request) {
        Throwable cause = e;
        for (int depth = 0; cause instanceof IOException && depth < 5; depth++) {
            cause = cause.getCause();
        }
        return cause instanceof HttpClosedException && cause != e && request.response().closed();
    }

    static Response internal(Throwable e, HttpServerRequest request) {
        String reference = RequestIds.current().orElseGet(() -> UUID.randomUUID().toString());
        LOG.errorf(e, "Unhandled error %s on %s %s", reference, request.method(), request.path());
        return ProblemResponses.of(ProblemType.INTERNAL,
                "Something went wrong on our side. Reference: " + reference, request.path());
    }
}
