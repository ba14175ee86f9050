package org.backcare.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Sends answers of one type whose JSON its subclass renders as UTF-8 bytes: the response is ended
 * with them, without Jackson's copy char by char and its blocking output stream.
 */
public abstract class JsonBytesWriter<T> implements ServerMessageBodyWriter<T> {

    private final Class<T> type;

    protected JsonBytesWriter(Class<T> type) {
        this.type = type;
    }

    /** The answer's JSON, in UTF-8. */
    protected abstract byte[] utf8(T answer);

    @Override
    public boolean isWriteable(Class<?> candidate, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return type.equals(candidate);
    }

    @Override
    public void writeResponse(T answer, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(utf8(answer));
    }

    @Override
    public boolean isWriteable(Class<?> candidate, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.equals(candidate);
    }

    @Override
    public void writeTo(T answer, Class<?> candidate, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(utf8(answer));
    }
}
