package org.backcare.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backcare.common.ApiException;
import org.backcare.common.Problem;
import org.backcare.ratelimit.Budget;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/dev/tokens")
@PermitAll
@Tag(name = "Development", description = "Local development helpers; absent unless backcare.dev-tokens.enabled=true")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DevTokenResource {

    private final DevTokenConfig config;
    private final DevTokenIssuer issuer;

    DevTokenResource(DevTokenConfig config, DevTokenIssuer issuer) {
        this.config = config;
        this.issuer = issuer;
    }

    @POST
    @Budget(Budget.Kind.DEV_TOKENS)
    @Operation(operationId = "createDevToken",
            summary = "Mint a development access token (404 unless dev tokens are enabled)")
    @APIResponse(responseCode = "200", description = "A signed token for the given subject and roles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DevTokenResponse.class)))
    @APIResponse(responseCode = "404", description = "Development tokens are disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DevTokenResponse create(@Valid @NotNull DevTokenRequest request) {
        if (!config.enabled()) {
            // Indistinguishable from a path nothing serves.
            throw ApiException.notFound("Nothing exists at /dev/tokens.");
        }
        return issuer.issue(request);
    }
}
