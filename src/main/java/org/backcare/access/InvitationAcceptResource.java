package org.backcare.access;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.backcare.ratelimit.Budget;
import org.backcare.ratelimit.RateLimitPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The invitee's side of an invitation: separate root, as it is not under a patient the caller owns. */
@Path("/v1/invitations")
@Authenticated
@Tag(name = "Consent")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvitationAcceptResource {

    private final InvitationService invitations;
    private final RateLimitPolicy budgets;

    InvitationAcceptResource(InvitationService invitations, RateLimitPolicy budgets) {
        this.invitations = invitations;
        this.budgets = budgets;
    }

    @POST
    @Budget(Budget.Kind.INVITATION_ACCEPT)
    @Idempotent
    @Path("accept")
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation code; grants the caller access")
    @APIResponse(responseCode = "201", description = "Access granted to the caller", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "404", description = "No open invitation matches the code (unknown, used or expired)")
    @APIResponse(responseCode = "409", description = "The caller already has access, or owns the data")
    @APIResponse(responseCode = "429", description = "Too many attempts by this caller, or on this code")
    public RestResponse<GrantView> accept(@Valid @NotNull AcceptInvitation request) {
        budgets.chargeInvitationCode(InvitationCodes.hash(request.code()));
        GrantView grant = invitations.accept(request.code());
        return Preconditions.created(GrantResource.location(grant), grant, grant.version());
    }
}
