package org.backcare.access;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/invitations")
@Authenticated
@Tag(name = "Consent")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final InvitationService invitations;

    InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Idempotent
    @Operation(operationId = "createInvitation",
            summary = "Create a single-use invitation code for a partner or clinician (patient only)")
    @APIResponse(responseCode = "201", description = "Created; the code is only ever shown here (and in a replay of "
            + "this create with the same Idempotency-Key)", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    public RestResponse<InvitationView> create(@PathParam("patientId") UUID patientId,
            @Valid @NotNull InvitationInput input) {
        InvitationView invitation = invitations.create(patientId, input);
        return Preconditions.created("/v1/patients/" + patientId + "/invitations/" + invitation.id(), invitation,
                invitation.version());
    }

    @GET
    @Path("{invitationId}")
    @Operation(operationId = "getInvitation", summary = "Read an invitation's state, without its code (patient only)")
    @APIResponse(responseCode = "200", description = "The invitation", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    public RestResponse<InvitationView> get(@PathParam("patientId") UUID patientId,
            @PathParam("invitationId") UUID invitationId, @Context Request request) {
        InvitationView invitation = invitations.get(patientId, invitationId);
        return Preconditions.read(request, invitation, invitation.version());
    }

    @DELETE
    @Path("{invitationId}")
    @Operation(operationId = "cancelInvitation", summary = "Withdraw an invitation not yet accepted (patient only)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already accepted; revoke the grant instead")
    public void cancel(@PathParam("patientId") UUID patientId, @PathParam("invitationId") UUID invitationId) {
        invitations.cancel(patientId, invitationId);
    }
}
