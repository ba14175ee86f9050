package org.backcare.partnerplan;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/partner-plans/{planId}/today")
@Authenticated
@Tag(name = "Partner plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanTodayResource {

    private final TodayService today;

    PlanTodayResource(TodayService today) {
        this.today = today;
    }

    @GET
    @Operation(operationId = "getPlanToday", summary = "How to help today, from the latest diary entries (partner or patient)")
    public TodayGuidance today(@PathParam("planId") UUID planId) {
        return today.today(planId);
    }
}
