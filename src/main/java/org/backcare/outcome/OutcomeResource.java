package org.backcare.outcome;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.util.UUID;
import org.backcare.common.Idempotent;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/outcomes")
@Authenticated
@Tag(name = "Outcome measures")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    private final OutcomeService outcomes;
    private final ScheduleService schedules;

    OutcomeResource(OutcomeService outcomes, ScheduleService schedules) {
        this.outcomes = outcomes;
        this.schedules = schedules;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordOutcome", summary = "Store a completed instrument, scored by the server (patient only)")
    @APIResponse(responseCode = "201", description = "Stored and scored", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "409", description = "This instrument, completed at this instant, is already stored")
    public RestResponse<OutcomeView> record(@PathParam("patientId") UUID patientId, @Valid @NotNull OutcomeInput input) {
        OutcomeView result = outcomes.record(patientId, input);
        return Preconditions.created("/v1/patients/" + patientId + "/outcomes/" + result.id(), result,
                OutcomeView.VERSION);
    }

    @GET
    @Operation(operationId = "listOutcomes", summary = "Results, newest first, each with its change since the first "
            + "of its instrument in the window")
    public Page<OutcomeView> list(@PathParam("patientId") UUID patientId,
            @RestQuery @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+")
            @Parameter(description = "Only this instrument: PEG, PHQ-2 or GAD-2") String instrument,
            @RestQuery @Parameter(description = "First local day; default: from the first result") LocalDate from,
            @RestQuery @Parameter(description = "Last local day, inclusive; default: up to the latest") LocalDate to,
            @Valid @BeanParam PageParams page) {
        return outcomes.list(patientId, instrument, from, to, page);
    }

    @GET
    @Path("due")
    @Operation(operationId = "getOutcomesDue", summary = "Which instruments are due, from the schedule and the "
            + "latest results, in the patient's local days")
    public DueView due(@PathParam("patientId") UUID patientId) {
        return schedules.due(patientId);
    }

    @GET
    @Path("{resultId}")
    @Operation(operationId = "getOutcome", summary = "One result")
    @APIResponse(responseCode = "200", description = "The result", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeView.class)))
    public RestResponse<OutcomeView> get(@PathParam("patientId") UUID patientId, @PathParam("resultId") UUID resultId,
            @Context Request request) {
        return Preconditions.read(request, outcomes.get(patientId, resultId), OutcomeView.VERSION);
    }
}
