package org.backcare.access;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import org.backcare.common.Page;
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.backcare.common.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/grants")
@Authenticated
@Tag(name = "Consent")
@Produces(MediaType.APPLICATION_JSON)
public class GrantResource {

    private final GrantService grants;

    GrantResource(GrantService grants) {
        this.grants = grants;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGrant", summary = "Grant a partner or clinician access (patient only)")
    @APIResponse(responseCode = "201", description = "Granted", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "The subject already holds a live grant")
    public RestResponse<GrantView> create(@PathParam("patientId") UUID patientId, @Valid @NotNull GrantInput input) {
        GrantView grant = grants.create(patientId, input);
        return Preconditions.created(location(grant), grant, grant.version());
    }

    @GET
    @Operation(operationId = "listGrants", summary = "List the patient's grants (patient only)")
    public Page<GrantView> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams page) {
        return grants.list(patientId, page);
    }

    @GET
    @Path("{grantId}")
    @Operation(operationId = "getGrant", summary = "Read one grant (the patient, or the grant's own holder)")
    @APIResponse(responseCode = "200", description = "The grant", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantView.class)))
    public RestResponse<GrantView> get(@PathParam("patientId") UUID patientId, @PathParam("grantId") UUID grantId,
            @Context Request request) {
        GrantView grant = grants.get(patientId, grantId);
        return Preconditions.read(request, grant, grant.version());
    }

    @DELETE
    @Path("{grantId}")
    @Operation(operationId = "revokeGrant", summary = "Revoke a grant; effective on the grantee's next request")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("patientId") UUID patientId, @PathParam("grantId") UUID grantId) {
        grants.revoke(patientId, grantId);
    }

    static String location(GrantView grant) {
        return "/v1/patients/" + grant.patientId() + "/grants/" + grant.id();
    }
}
