package org.backcare.screening;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The questionnaire and stateless scoring: nothing here is stored. */
@Path("/v1/screening")
@Authenticated
@Tag(name = "Red-flag screening")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    private final ScreeningCatalog catalog;
    private final ScreeningService screenings;

    ScreeningResource(ScreeningCatalog catalog, ScreeningService screenings) {
        this.catalog = catalog;
        this.screenings = screenings;
    }

    @GET
    @Path("questionnaire")
    @Operation(operationId = "getQuestionnaire", summary = "The red-flag questions, grouped, in display order")
    public Questionnaire questionnaire(
            @RestQuery @Positive @Max(1000) @Parameter(description = "A version; defaults to the current one") Integer version) {
        return catalog.questionnaire(version == null ? catalog.currentVersion() : version);
    }

    @POST
    @Path("evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateScreening", summary = "Score answers without storing them")
    public ScreeningResult evaluate(@Valid @NotNull ScreeningRequest request) {
        return screenings.evaluate(request);
    }
}
