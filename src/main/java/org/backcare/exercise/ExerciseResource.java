package org.backcare.exercise;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.backcare.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The catalog. Reads carry strong ETags (answering 304 to a matching If-None-Match) and a
 * Cache-Control a phone can keep for five minutes, and longer while it is offline.
 */
@Path("/v1/exercises")
@Authenticated
@Tag(name = "Exercise catalog")
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {

    static final String CACHE_CONTROL = "private, max-age=300, stale-if-error=86400";
    private static final String IF_NONE_MATCH_DOC = "An ETag from an earlier read: 304 if nothing changed";

    private final ExerciseService exercises;

    ExerciseResource(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @GET
    @Operation(operationId = "listExercises", summary = "The catalog, filtered (any signed-in caller)")
    @APIResponse(responseCode = "200", description = "A page of entries", headers = {@Header(name = "ETag"),
            @Header(name = "Cache-Control")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExercisePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response list(@Valid @BeanParam ExerciseQuery query,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_DOC) String ifNoneMatch,
            @Context Request request) {
        return cacheable(request, exercises.list(query));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getExercise", summary = "One catalog entry")
    @APIResponse(responseCode = "200", description = "The entry", headers = {@Header(name = "ETag"),
            @Header(name = "Cache-Control")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Exercise.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("slug") @Size(max = 64) @Pattern(regexp = Exercise.SLUG) String slug,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH_DOC) String ifNoneMatch,
            @Context Request request) {
        return cacheable(request, exercises.get(slug));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.CURATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExercise", summary = "Add an entry (curators only)")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Exercise.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken (perhaps by a retired entry)")
    public RestResponse<Exercise> create(@Valid @NotNull Exercise exercise) {
        ExerciseCatalog.Versioned entry = exercises.create(exercise);
        return Preconditions.created("/v1/exercises/" + exercise.slug(), entry.exercise(), entry.version());
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.CURATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceExercise", summary = "Replace an entry (curators only; If-Match required)")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Exercise.class)))
    @APIResponse(responseCode = "412", description = "The entry changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Exercise> replace(@PathParam("slug") @Size(max = 64) @Pattern(regexp = Exercise.SLUG) String slug,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you edited") String ifMatch,
            @Valid @NotNull Exercise exercise) {
        ExerciseCatalog.Versioned entry = exercises.replace(slug, ifMatch, exercise);
        return Preconditions.written(entry.exercise(), entry.version());
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "deleteExercise",
            summary = "Remove an entry (curators only); one that sessions name is retired instead")
    @APIResponse(responseCode = "204", description = "Removed or retired")
    public void delete(@PathParam("slug") @Size(max = 64) @Pattern(regexp = Exercise.SLUG) String slug) {
        exercises.delete(slug);
    }

    /** The kept bytes, or 304 when the client holds them already. */
    private static Response cacheable(Request request, CatalogAnswers.Answer answer) {
        RestResponse<byte[]> read = Preconditions.read(request, answer.json(), answer.tag());
        return Response.fromResponse(read.toResponse()).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /** Documentation only: the list's body. */
    @Schema(name = "ExercisePage")
    record ExercisePage(
            @Schema(required = true, maxItems = 200) java.util.List<Exercise> items,
            @Schema(maxLength = 200) String nextCursor) {
    }

}
