package org.backcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backcare.common.ApiException;
import org.backcare.outcome.InstrumentCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outcome instruments as FHIR Questionnaires, for clinic systems that render or store them. */
@Path("/v1/fhir/Questionnaire/{instrument}")
@Authenticated
@Tag(name = "FHIR")
public class OutcomeQuestionnaireResource {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final InstrumentCatalog instruments;

    OutcomeQuestionnaireResource(InstrumentCatalog instruments) {
        this.instruments = instruments;
    }

    @GET
    @Produces({FhirResource.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getOutcomeQuestionnaire", summary = "An outcome instrument as a FHIR Questionnaire "
            + "(any signed-in caller)")
    @APIResponse(responseCode = "200", description = "The Questionnaire, canonical url "
            + Codes.BASE + "/Questionnaire/{instrument}",
            content = @Content(mediaType = FhirResource.FHIR_JSON, schema = @Schema(implementation = FhirResource.FhirJson.class)))
    public Response questionnaire(@PathParam("instrument") @Parameter(description = "peg, phq-2 or gad-2",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"peg", "phq-2", "gad-2"})) String instrument) {
        var found = instruments.all().stream().filter(i -> OutcomeQuestionnaire.id(i).equals(instrument)).findFirst()
                .orElseThrow(() -> ApiException.notFound("No such instrument; try peg, phq-2 or gad-2."));
        return Response.ok(FHIR.newJsonParser().encodeResourceToString(OutcomeQuestionnaire.of(found)),
                FhirResource.FHIR_JSON).build();
    }
}
