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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createScreening",
            summary = "Score and store a screening (patient only); age and pain duration come from the profile when unanswered")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    public RestResponse<ScreeningView> create(@PathParam("patientId") UUID patientId,
            @Valid @NotNull ScreeningRequest request) {
        ScreeningView screening = screenings.create(patientId, request);
        return Responses.created("/v1/patients/" + patientId + "/screenings/" + screening.id(), screening);
    }

    @GET
    @Operation(operationId = "listScreenings", summary = "Stored screenings, newest first")
    public Page<ScreeningView> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams page) {
        return screenings.list(patientId, page);
    }

    @GET
    @Path("{screeningId}")
    @Operation(operationId = "getScreening", summary = "One stored screening, as it was scored")
    public ScreeningView get(@PathParam("patientId") UUID patientId, @PathParam("screeningId") UUID screeningId) {
        return screenings.get(patientId, screeningId);
    }

    @POST
    @Path("{screeningId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveScreening",
            summary = "Record that care was sought for an EMERGENCY or URGENT screening; it stops being open (patient only)")
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "409", description = "Not open: not EMERGENCY/URGENT, or already resolved")
    public ScreeningView resolve(@PathParam("patientId") UUID patientId, @PathParam("screeningId") UUID screeningId,
            @Valid @NotNull ResolutionInput input) {
        return screenings.resolve(patientId, screeningId, input);
    }
}
