package org.backcare.common;

import io.vertx.core.http.HttpServerRequest;

/** Human-readable details for problems raised by the HTTP layer rather than by our code. */
final class WebProblemDetails {

    static final String UNSUPPORTED_MEDIA_TYPE_DETAIL = "Send the request body as application/json, with a Content-Type"
            + " header saying so.";

    private WebProblemDetails() {
    }

    static String detailFor(ProblemType kind, HttpServerRequest request) {
        return switch (kind) {
            case NOT_FOUND -> "Nothing exists at " + request.path() + ".";
            case METHOD_NOT_ALLOWED -> request.method() + " is not supported on " + request.path() + ".";
            case NOT_ACCEPTABLE -> "This resource cannot be represented in the requested Accept type.";
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE_DETAIL;
            case PAYLOAD_TOO_LARGE -> RequestLimits.bodyExceeded();
            default -> "The request could not be processed: a parameter or header is invalid.";
        };
    }
}
