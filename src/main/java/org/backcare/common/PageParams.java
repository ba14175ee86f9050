package org.backcare.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The {@code limit} and {@code cursor} query parameters every list takes. */
public class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @RestQuery
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 200")
    public int limit = DEFAULT_LIMIT;

    @RestQuery
    @Size(max = 200)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    @Parameter(description = "Opaque cursor from the previous page's nextCursor")
    public String cursor;
}
