package org.backcare.common;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

public final class Responses {

    private Responses() {
    }

    /** 201 with the new resource's URI in {@code Location} and its representation in the body. */
    public static <T> RestResponse<T> created(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity).build();
    }
}
