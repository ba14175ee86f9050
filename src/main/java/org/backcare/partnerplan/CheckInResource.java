package org.backcare.partnerplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import org.backcare.common.Idempotent;
import org.backcare.common.MergePatch;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A plan's check-ins: held by either person, and added to later by either (with If-Match). */
@Path("/v1/patients/{patientId}/partner-plans/{planId}/check-ins")
@Authenticated
@Tag(name = "Partner plans")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    private final CheckInService checkIns;

    CheckInResource(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCheckIn", summary = "Record a check-in (patient, or the partner with plans:write)")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInView.class)))
    @APIResponse(responseCode = "409", description = "The plan is archived")
    public RestResponse<CheckInView> record(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
            @Valid @NotNull CheckInInput input) {
        CheckInView checkIn = checkIns.record(patientId, planId, input);
        return Preconditions.created("/v1/patients/" + patientId + "/partner-plans/" + planId + "/check-ins/"
                + checkIn.id(), checkIn, checkIn.version());
    }

    @GET
    @Operation(operationId = "listCheckIns", summary = "Check-ins held, newest first")
    public Page<CheckInView> list(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
            @Valid @BeanParam PageParams page) {
        return checkIns.list(patientId, planId, page);
    }

    @GET
    @Path("{checkInId}")
    @Operation(operationId = "getCheckIn", summary = "One check-in")
    @APIResponse(responseCode = "200", description = "The check-in", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInView.class)))
    public RestResponse<CheckInView> get(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
            @PathParam("checkInId") UUID checkInId, @Context Request request) {
        CheckInView checkIn = checkIns.get(patientId, planId, checkInId);
        return Preconditions.read(request, checkIn, checkIn.version());
    }

    @PATCH
    @Path("{checkInId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateCheckIn", summary = "Add to a check-in with a merge patch, such as the other "
            + "person's rating (patient, or the partner with plans:write; If-Match required)")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CheckInInput.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInInput.class))})
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInView.class)))
    @APIResponse(responseCode = "412", description = "The check-in changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<CheckInView> update(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
            @PathParam("checkInId") UUID checkInId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you edited") String ifMatch,
            @NotNull JsonNode patch) {
        CheckInView checkIn = checkIns.update(patientId, planId, checkInId, ifMatch, patch);
        return Preconditions.written(checkIn, checkIn.version());
    }
}
