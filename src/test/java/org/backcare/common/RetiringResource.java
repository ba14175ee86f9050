package org.backcare.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only operations on their way out: one deprecated, one past its sunset. */
@Path("/test/lifecycle")
@PermitAll
public class RetiringResource {

    @GET
    @Path("deprecated")
    @Deprecated
    @DeprecatedOperation(since = "2026-11-01", sunset = "2099-05-31", successor = "/test/lifecycle/current")
    @Operation(hidden = true)
    public String deprecated() {
        return "still served";
    }

    @GET
    @Path("retired")
    @Deprecated
    @DeprecatedOperation(since = "2020-01-01", sunset = "2020-12-31", successor = "/test/lifecycle/current")
    @Operation(hidden = true)
    public String retired() {
        return "never served";
    }

    @GET
    @Path("current")
    @Operation(hidden = true)
    public String current() {
        return "current";
    }
}
