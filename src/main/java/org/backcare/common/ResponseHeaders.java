package org.backcare.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every response header the API sends, with its schema, for the OpenAPI document: a header an
 * operation declares by name only gets its schema and description here, and one missing here
 * fails the build, so no header is ever documented without a schema.
 */
final class ResponseHeaders {

    private static final Map<String, Header> KNOWN = Map.of(
            "ETag", header("The version sent, as a strong entity tag: send it back in If-Match to change "
                    + "this resource, or in If-None-Match to read it only if it changed", text(100)),
            "Location", header("The new resource", text(2000).format("uri-reference")),
            "Cache-Control", header("How long a client may keep this answer; no-store when it carries a secret",
                    text(200)),
            "Retry-After", header("Seconds to wait before retrying", integer(1, 86_400)),
            "RateLimit-Policy", header("The budget charged: \"name\";q=quota;w=window seconds", text(200)),
            "RateLimit", header("What is left of it: \"name\";r=remaining;t=seconds until whole", text(200)),
            "Idempotent-Replayed", header("true when this is the kept answer to an earlier request with the same "
                    + "Idempotency-Key", text(4).addEnumeration("true")),
            "Deprecation", header("When this operation was deprecated (RFC 9745): @ and seconds since the epoch",
                    text(21).pattern("^@[0-9]{1,20}$")),
            "Sunset", header("When this operation stops being served (RFC 8594, an HTTP-date)", text(40)),
            "Link", header("Its successor: <uri>; rel=\"successor-version\"", text(2000)));

    private ResponseHeaders() {
    }

    /** A reference to the documented header (see {@link #register}); fails for one not listed here. */
    static Header of(String name) {
        if (!KNOWN.containsKey(name)) {
            throw new IllegalStateException("Response header " + name + " has no schema: add it to ResponseHeaders");
        }
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    /** Puts every header's description and schema in the document's components, once. */
    static void register(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        new TreeMap<>(KNOWN).forEach(openAPI.getComponents()::addHeader);
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(maxLength);
    }

    private static Schema integer(long minimum, long maximum) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }
}
