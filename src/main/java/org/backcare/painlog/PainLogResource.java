package org.backcare.painlog;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.backcare.common.MergePatch;
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.backcare.common.RawJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/pain-logs")
@Authenticated
@Tag(name = "Pain diary")
@Produces(MediaType.APPLICATION_JSON)
public class PainLogResource {

    private static final String IF_MATCH_DOC = "The ETag of the version you edited; required for PUT and PATCH";

    private final PainLogService writes;
    private final PainLogQueries reads;
    private final PainLogSummaryService summaries;

    PainLogResource(PainLogService writes, PainLogQueries reads, PainLogSummaryService summaries) {
        this.writes = writes;
        this.reads = reads;
        this.summaries = summaries;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPainLog",
            summary = "Record an entry (patient only); with a client id, a repeated create returns the stored entry")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PainLogView.class)))
    @APIResponse(responseCode = "200", description = "Same id and same content as an earlier create: the stored entry",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PainLogView.class)))
    @APIResponse(responseCode = "409", description = "The id is taken by different content or a deleted entry")
    public RestResponse<RawJson> create(@PathParam("patientId") UUID patientId, @Valid @NotNull PainLogInput input) {
        PainLogService.Written written = writes.create(patientId, input);
        RenderedEntry entry = written.entry();
        return written.created() ? Preconditions.created(entry.location(), entry.json(), entry.version())
                : RestResponse.ResponseBuilder.ok(entry.json()).location(URI.create(entry.location()))
                        .header(HttpHeaders.ETAG, Preconditions.etag(entry.version())).build();
    }

    @GET
    @Operation(operationId = "listPainLogs", summary = "History newest first, with filters; or, with updatedSince, "
            + "every change since then in change order (sync)")
    public PainLogPage list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PainLogListParams query) {
        return reads.list(patientId, query);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizePainLogs",
            summary = "Aggregates over local days from..to inclusive (default: the last 30 days)")
    public PainLogSummary summary(@PathParam("patientId") UUID patientId,
            @RestQuery @Parameter(description = "First local day (patient's time zone)") LocalDate from,
            @RestQuery @Parameter(description = "Last local day, inclusive") LocalDate to) {
        return summaries.summarize(patientId, from, to);
    }

    @GET
    @Path("{logId}")
    @Operation(operationId = "getPainLog", summary = "Read one entry")
    @APIResponse(responseCode = "200", description = "The entry", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PainLogView.class)))
    public RestResponse<RawJson> get(@PathParam("patientId") UUID patientId, @PathParam("logId") UUID logId,
            @Context Request request) {
        RenderedEntry entry = reads.get(patientId, logId);
        return Preconditions.read(request, entry.json(), entry.version());
    }

    @PUT
    @Path("{logId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePainLog", summary = "Replace an entry (patient only; If-Match required)")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PainLogView.class)))
    @APIResponse(responseCode = "412", description = "The entry changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<RawJson> replace(@PathParam("patientId") UUID patientId, @PathParam("logId") UUID logId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @Valid @NotNull PainLogInput input) {
        return withEtag(writes.replace(patientId, logId, ifMatch, input));
    }

    @PATCH
    @Path("{logId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updatePainLog", summary = "Change an entry with a JSON merge patch (If-Match required)")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PainLogPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PainLogPatch.class))})
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PainLogView.class)))
    @APIResponse(responseCode = "412", description = "The entry changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<RawJson> patch(@PathParam("patientId") UUID patientId, @PathParam("logId") UUID logId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
            @NotNull JsonNode patch) {
        return withEtag(writes.patch(patientId, logId, ifMatch, patch));
    }

    @DELETE
    @Path("{logId}")
    @Operation(operationId = "deletePainLog", summary = "Delete an entry, leaving a tombstone for sync (patient only)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the entry has changed since")
    public void delete(@PathParam("patientId") UUID patientId, @PathParam("logId") UUID logId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "Optional: delete only this version")
            String ifMatch) {
        writes.delete(patientId, logId, ifMatch);
    }

    private static RestResponse<RawJson> withEtag(RenderedEntry entry) {
        return Preconditions.written(entry.json(), entry.version());
    }
}
