package org.backcare.common;

import java.net.URI;

/**
 * Every kind of problem the API reports. The {@code type} URIs and titles are part of the
 * contract: clients branch on them, so they never change once published.
 */
public enum ProblemType {
    VALIDATION("validation", "Request validation failed", 400),
    MALFORMED_BODY("malformed-body", "Request body could not be read", 400),
    BAD_REQUEST("bad-request", "Bad request", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Resource not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Response format not available", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    GONE("gone", "Retired", 410),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "Request URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused for another request", 422),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", "Request header fields too large", 431),
    INTERNAL("internal", "Internal server error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    public static final String BASE_URI = "https://backcare.dev/problems/";

    private final URI type;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.type = URI.create(BASE_URI + slug);
        this.title = title;
        this.status = status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The problem kind a bare HTTP status maps to; unknown 4xx fall back to BAD_REQUEST. */
    public static ProblemType forStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status == status && candidate != VALIDATION && candidate != MALFORMED_BODY) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
