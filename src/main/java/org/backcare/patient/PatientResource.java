package org.backcare.patient;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import org.backcare.common.MergePatch;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.backcare.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients")
@Authenticated
@Tag(name = "Patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

    private final PatientService patients;

    PatientResource(PatientService patients) {
        this.patients = patients;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PATIENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPatient", summary = "Create the caller's own profile (role patient; one per person)")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "409", description = "The caller already has a profile")
    public RestResponse<PatientView> create(@Valid @NotNull PatientInput input) {
        PatientView patient = patients.create(input);
        return Preconditions.created("/v1/patients/" + patient.id(), patient, patient.version());
    }

    @GET
    @Operation(operationId = "listGrantedPatients",
            summary = "The patients who granted the caller access (partners, clinicians); each read is logged")
    public Page<PatientView> list(@Valid @BeanParam PageParams page) {
        return patients.listGranted(page);
    }

    @GET
    @Path("{patientId}")
    @Operation(operationId = "getPatient", summary = "Read a profile (the patient, or any live grantee)")
    @APIResponse(responseCode = "200", description = "The profile", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class)))
    public RestResponse<PatientView> get(@PathParam("patientId") UUID patientId, @Context Request request) {
        PatientView patient = patients.get(patientId);
        return Preconditions.read(request, patient, patient.version());
    }

    @PATCH
    @Path("{patientId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updatePatient",
            summary = "Change a profile with a JSON merge patch (patient only; If-Match required)")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PatientPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientPatch.class))})
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "412", description = "The profile changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<PatientView> update(@PathParam("patientId") UUID patientId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you edited") String ifMatch,
            @NotNull JsonNode patch) {
        PatientView patient = patients.update(patientId, ifMatch, patch);
        return Preconditions.written(patient, patient.version());
    }

    @DELETE
    @Path("{patientId}")
    @Operation(operationId = "deletePatient",
            summary = "Erase the profile and everything that hangs off it (patient only)")
    @APIResponse(responseCode = "204", description = "Erased")
    public void delete(@PathParam("patientId") UUID patientId) {
        patients.delete(patientId);
    }
}
