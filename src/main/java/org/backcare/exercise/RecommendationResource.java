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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/exercise-recommendations")
@Authenticated
@Tag(name = "Exercise catalog")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final RecommendationService recommendations;

    RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Operation(operationId = "recommendExercises",
            summary = "Exercises safe for this person's condition and phase, best-working first, each with why")
    public Recommendations recommend(@PathParam("patientId") UUID patientId) {
        return recommendations.recommend(patientId);
    }
}
