package org.backcare.fhir;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The red-flag questionnaire as a FHIR Questionnaire: what exported QuestionnaireResponses cite. */
@Path("/v1/fhir/Questionnaire/red-flags")
@Authenticated
@Tag(name = "FHIR")
public class FhirQuestionnaireResource {

    private final FhirExportService exports;

    FhirQuestionnaireResource(FhirExportService exports) {
        this.exports = exports;
    }

    @GET
    @Produces({FhirResource.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getFhirQuestionnaire", summary = "The red-flag questionnaire (any signed-in caller)")
    @APIResponse(responseCode = "200", description = "The Questionnaire, canonical url "
            + Codes.RED_FLAG_QUESTIONNAIRE + ", version as asked (default: the current one)",
            content = @Content(mediaType = FhirResource.FHIR_JSON, schema = @Schema(implementation = FhirResource.FhirJson.class)))
    public Response questionnaire(
            @RestQuery @Positive @Max(1000) @Parameter(description = "A version; defaults to the current one") Integer version) {
        return Response.ok(exports.questionnaire(version), FhirResource.FHIR_JSON).build();
    }
}
