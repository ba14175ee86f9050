package org.backcare.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A representation rendered ahead (when it was written), sent as it is: reads of records that are
 * read far more often than written skip building and serializing objects. Whoever makes one
 * vouches that it is one JSON value of the documented schema. Kept as UTF-8, the form it is sent
 * in: a page of them is copied into the answer without encoding each again.
 */
@JsonSerialize(using = RawJson.Writer.class)
public final class RawJson {

    private final byte[] utf8;

    public RawJson(String json) {
        this(json.getBytes(StandardCharsets.UTF_8));
    }

    private RawJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** JSON already in UTF-8, kept as given (not copied): its maker must not change it after. */
    public static RawJson ofUtf8(byte[] utf8) {
        return new RawJson(utf8);
    }

    public String json() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The JSON's UTF-8 bytes themselves, not a copy: read them, never change them. */
    public byte[] utf8() {
        return utf8;
    }

    @Override
    public String toString() {
        return json();
    }

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
