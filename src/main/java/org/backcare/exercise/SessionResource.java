package org.backcare.exercise;

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
import java.time.LocalDate;
import java.util.UUID;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Idempotent;
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

@Path("/v1/patients/{patientId}/exercise-sessions")
@Authenticated
@Tag(name = "Exercise catalog")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordExerciseSession", summary = "Record an exercise done (patient only)")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public RestResponse<SessionView> record(@PathParam("patientId") UUID patientId, @Valid @NotNull SessionInput input) {
        SessionView session = sessions.record(patientId, input);
        return Preconditions.created("/v1/patients/" + patientId + "/exercise-sessions/" + session.id(), session,
                SessionView.VERSION);
    }

    @GET
    @Operation(operationId = "listExerciseSessions", summary = "Sessions, newest first")
    public Page<SessionView> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams page) {
        return sessions.list(patientId, page);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizeExerciseSessions",
            summary = "Sessions per week (local weeks from Monday) and mean pain change per exercise")
    public SessionSummary summary(@PathParam("patientId") UUID patientId,
            @RestQuery @Parameter(description = "First local day; default four weeks back") LocalDate from,
            @RestQuery @Parameter(description = "Last local day, inclusive; default today") LocalDate to) {
        return sessions.summarize(patientId, from, to);
    }

    @GET
    @Path("{sessionId}")
    @Operation(operationId = "getExerciseSession", summary = "One session")
    @APIResponse(responseCode = "200", description = "The session", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public RestResponse<SessionView> get(@PathParam("patientId") UUID patientId, @PathParam("sessionId") UUID sessionId,
            @Context Request request) {
        return Preconditions.read(request, sessions.get(patientId, sessionId), SessionView.VERSION);
    }
}
