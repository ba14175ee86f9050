package org.backcare.exercise;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
