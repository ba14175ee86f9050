package org.backcare.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

public final class Responses {

    private Responses() {
    }

    /** 200 with the representation and its version as a strong {@code ETag}. */
    public static <T> RestResponse<T> okWithEtag(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }

    /** 201 with the new resource's URI in {@code Location} and its representation in the body. */
    public static <T> RestResponse<T> created(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity).build();
    }
}
