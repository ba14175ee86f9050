package org.backcare.fhir;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** A patient's data as a FHIR R4 Bundle, for clinic systems. */
@Path("/v1/patients/{patientId}/fhir")
@Authenticated
@Tag(name = "FHIR")
public class FhirResource {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirExportService exports;

    FhirResource(FhirExportService exports) {
        this.exports = exports;
    }

    @GET
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportFhir", summary = "Export as a FHIR R4 collection Bundle (owner, or a grantee with "
            + "fhir:export; private entries for the owner and clinicians only)")
    @APIResponse(responseCode = "200", description = "Patient, pain logs as Observations, screenings as "
            + "QuestionnaireResponse + RiskAssessment, exercise sessions as Procedures",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(implementation = FhirJson.class)))
    public Response export(@PathParam("patientId") UUID patientId,
            @RestQuery @Parameter(description = "First local day (default: a year before to)") LocalDate from,
            @RestQuery @Parameter(description = "Last local day, inclusive (default: today)") LocalDate to) {
        return Response.ok(exports.export(patientId, from, to), FHIR_JSON).build();
    }

    /** Documentation only: a FHIR resource in its JSON form. */
    @Schema(name = "FhirResource", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            additionalProperties = Schema.True.class,
            description = "A FHIR R4 resource in JSON (https://hl7.org/fhir/R4/json.html), here a Bundle")
    static final class FhirJson {
    }
}
