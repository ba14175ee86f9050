package org.backcare.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A representation rendered ahead (when it was written), sent as it is: reads of records that are
 * read far more often than written skip building and serializing objects. Whoever makes one
 * vouches that it is one JSON value of the documented schema.
 */
@JsonSerialize(using = RawJson.Writer.class)
public record RawJson(String json) {

    static final class Writer extends StdSerializer<RawJson> {

        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeRawValue(value.json());
        }
    }
}
