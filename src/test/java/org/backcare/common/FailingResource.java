package org.backcare.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to prove nothing internal leaks. */
@Path("/test/failure")
@PermitAll
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail at org.backcare.Secret");
    }
}
