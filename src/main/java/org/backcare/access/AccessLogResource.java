package org.backcare.access;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/patients/{patientId}/access-log")
@Authenticated
@Tag(name = "Consent")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    private final AccessLogService log;

    AccessLogResource(AccessLogService log) {
        this.log = log;
    }

    @GET
    @Operation(operationId = "listAccessLog", summary = "Who read the patient's data, newest first (patient only)")
    public Page<AccessLogView> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams page) {
        return log.list(patientId, page);
    }
}
