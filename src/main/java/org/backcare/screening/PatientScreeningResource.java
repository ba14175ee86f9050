package org.backcare.screening;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.backcare.common.PageParams;
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/screenings")
@Authenticated
@Tag(name = "Red-flag screening")
@Produces(MediaType.APPLICATION_JSON)
public class PatientScreeningResource {

    private final ScreeningService screenings;

    PatientScreeningResource(ScreeningService screenings) {
        this.screenings = screenings;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createScreening",
            summary = "Score and store a screening (patient only); age and pain duration come from the profile when unanswered")
    @APIResponse(responseCode = "201", description = "Stored", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    public RestResponse<ScreeningView> create(@PathParam("patientId") UUID patientId,
            @Valid @NotNull ScreeningRequest request) {
        ScreeningView screening = screenings.create(patientId, request);
        return Preconditions.created(path(patientId, screening.id()), screening, screening.version());
    }

    @GET
    @Operation(operationId = "listScreenings", summary = "Stored screenings, newest first")
    public Page<ScreeningView> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams page) {
        return screenings.list(patientId, page);
    }

    @GET
    @Path("{screeningId}")
    @Operation(operationId = "getScreening", summary = "One stored screening, as it was scored")
    @APIResponse(responseCode = "200", description = "The screening", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    public RestResponse<ScreeningView> get(@PathParam("patientId") UUID patientId,
            @PathParam("screeningId") UUID screeningId, @Context Request request) {
        ScreeningView screening = screenings.get(patientId, screeningId);
        return Preconditions.read(request, screening, screening.version());
    }

    @POST
    @Idempotent
    @Path("{screeningId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveScreening",
            summary = "Record that care was sought for an EMERGENCY or URGENT screening; it stops being open (patient only)")
    @APIResponse(responseCode = "201", description = "Resolved: the screening with its resolution",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "409", description = "Not open: not EMERGENCY/URGENT, or already resolved")
    public RestResponse<ScreeningView> resolve(@PathParam("patientId") UUID patientId,
            @PathParam("screeningId") UUID screeningId, @Valid @NotNull ResolutionInput input) {
        ScreeningView screening = screenings.resolve(patientId, screeningId, input);
        return Preconditions.created(path(patientId, screeningId), screening, screening.version());
    }

    private static String path(UUID patientId, UUID screeningId) {
        return "/v1/patients/" + patientId + "/screenings/" + screeningId;
    }
}
