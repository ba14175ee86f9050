package org.backcare.outcome;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import org.backcare.common.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/outcomes/schedule")
@Authenticated
@Tag(name = "Outcome measures")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ScheduleService schedules;

    ScheduleResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @Operation(operationId = "getOutcomeSchedule", summary = "How often each instrument is due")
    @APIResponse(responseCode = "200", description = "The schedule; ETag \"0\" while every default stands",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    public RestResponse<ScheduleView> get(@PathParam("patientId") UUID patientId, @Context Request request) {
        ScheduleService.Versioned schedule = schedules.get(patientId);
        return Preconditions.read(request, schedule.schedule(), schedule.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceOutcomeSchedule", summary = "Set how often each instrument is due (patient only; "
            + "If-Match required)")
    @APIResponse(responseCode = "200", description = "The schedule now", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "412", description = "The schedule changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ScheduleView> replace(@PathParam("patientId") UUID patientId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH)
            @Parameter(description = "The ETag of the schedule you changed (\"0\" for the defaults)") String ifMatch,
            @Valid @NotNull ScheduleInput input) {
        ScheduleService.Versioned schedule = schedules.replace(patientId, ifMatch, input);
        return Preconditions.written(schedule.schedule(), schedule.version());
    }
}
