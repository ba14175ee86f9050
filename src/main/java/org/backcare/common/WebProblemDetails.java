package org.backcare.common;

import io.vertx.core.http.HttpServerRequest;

/** Human-readable details for problems raised by the HTTP layer rather than by our code. */
final class WebProblemDetails {

    private WebProblemDetails() {
    }

    static String detailFor(ProblemType kind, HttpServerRequest request) {
        return switch (kind) {
            case NOT_FOUND -> "Nothing exists at " + request.path() + ".";
            case METHOD_NOT_ALLOWED -> request.method() + " is not supported on " + request.path() + ".";
            case NOT_ACCEPTABLE -> "This resource cannot be represented in the requested Accept type.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the 256 KiB limit.";
            default -> "The request could not be processed: a parameter or header is invalid.";
        };
    }
}
