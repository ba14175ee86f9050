package org.backcare.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one precondition mechanism every feature uses. Each single resource carries its version as
 * a strong ETag; a read answers 304 to a matching If-None-Match; an edit of anything two clients
 * can change must name, in If-Match, the version it was made from (428 without it, 412 when the
 * version moved on). The database has the last word: versions are checked again by the update
 * itself (JPA {@code @Version} or a compare-and-set), so this early check only saves work.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @throws ApiException 428 when If-Match is absent, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        requirePresent(ifMatch);
        checkMatch(ifMatch, currentVersion);
    }

    /** @throws ApiException 428 when If-Match is absent: checked before any lock is taken. */
    public static void requirePresent(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you last read, so concurrent edits are never lost.");
        }
    }

    /** Checks If-Match only when the client sent one (a delete may, an edit must). */
    public static void checkMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().equals(current)) {
                return;
            }
        }
        throw stale();
    }

    /** The answer to a write that lost to another one. */
    public static ApiException stale() {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "It changed since you read it; read it again and reapply your change.");
    }

    /** 200 with the ETag, or 304 when the client's If-None-Match already names this version. */
    public static <T> RestResponse<T> read(Request request, T body, long version) {
        return read(request, body, new EntityTag(Long.toString(version)));
    }

    /** As {@link #read(Request, Object, long)}, for representations versioned by a tag of their own. */
    @SuppressWarnings("unchecked")
    public static <T> RestResponse<T> read(Request request, T body, EntityTag tag) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            if (unchanged.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
                throw stale();
            }
            return (RestResponse<T>) RestResponse.ResponseBuilder.notModified().tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** 200 with the written representation and its new version. */
    public static <T> RestResponse<T> written(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag(version)).build();
    }

    /** 201 with the new resource's URI in {@code Location}, its representation and its version. */
    public static <T> RestResponse<T> created(String location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body)
                .header(HttpHeaders.ETAG, etag(version)).build();
    }
}
