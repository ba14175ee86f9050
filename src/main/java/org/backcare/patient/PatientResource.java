package org.backcare.patient;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.backcare.common.MergePatch;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Responses;
import org.backcare.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @RolesAllowed(Roles.PATIENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPatient", summary = "Create the caller's own profile (role patient; one per person)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "409", description = "The caller already has a profile")
    public RestResponse<PatientView> create(@Valid @NotNull PatientInput input) {
        PatientView patient = patients.create(input);
        return Responses.created("/v1/patients/" + patient.id(), patient);
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
    public PatientView get(@PathParam("patientId") UUID patientId) {
        return patients.get(patientId);
    }

    @PATCH
    @Path("{patientId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updatePatient", summary = "Change a profile with a JSON merge patch (patient only)")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PatientPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientPatch.class))})
    public PatientView update(@PathParam("patientId") UUID patientId, @NotNull JsonNode patch) {
        return patients.update(patientId, patch);
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
