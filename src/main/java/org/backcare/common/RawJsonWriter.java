package org.backcare.common;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends a {@link RawJson} answer (a single diary entry) as the bytes it holds. Through Jackson they
 * were decoded to a String, copied into the generator char by char and encoded again.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public final class RawJsonWriter extends JsonBytesWriter<RawJson> {

    public RawJsonWriter() {
        super(RawJson.class);
    }

    @Override
    protected byte[] utf8(RawJson answer) {
        return answer.utf8();
    }
}
