package org.backcare.common;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Sends a {@link RawJson} answer as the bytes it holds. Through Jackson they were decoded to a
 * String, copied into the generator char by char and encoded again.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public final class RawJsonWriter implements ServerMessageBodyWriter<RawJson> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return RawJson.class.equals(type);
    }

    @Override
    public void writeResponse(RawJson json, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(json.utf8());
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RawJson.class.equals(type);
    }

    @Override
    public void writeTo(RawJson json, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(json.utf8());
    }
}
