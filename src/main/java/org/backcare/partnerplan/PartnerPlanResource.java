package org.backcare.partnerplan;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/patients/{patientId}/partner-plans")
@Authenticated
@Tag(name = "Partner plans")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPlanResource {

    private final PlanService plans;
    private final CheckInService checkIns;
    private final DraftService drafts;

    PartnerPlanResource(PlanService plans, CheckInService checkIns, DraftService drafts) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.drafts = drafts;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerPlan", summary = "Agree a plan with a partner who holds a PARTNER grant (patient only)")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "An active plan with this partner exists")
    public RestResponse<PlanView> create(@PathParam("patientId") UUID patientId, @Valid @NotNull PlanInput input) {
        PlanView plan = plans.create(patientId, input);
        return Preconditions.created(path(patientId, plan.id()), plan, plan.version());
    }

    @GET
    @Operation(operationId = "listPartnerPlans", summary = "The patient's plans; a partner sees the ones they are in")
    public Page<PlanView> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams page) {
        return plans.list(patientId, page);
    }

    @POST
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftPartnerPlan",
            summary = "Propose a complete plan from the profile, recent logs and the catalog; nothing is saved (patient only)")
    public PlanInput draft(@PathParam("patientId") UUID patientId, @Valid @NotNull DraftRequest request) {
        return drafts.draft(patientId, request.partnerSubject());
    }

    @GET
    @Path("{planId}")
    @Operation(operationId = "getPartnerPlan", summary = "One plan, with its check-in state")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public RestResponse<PlanView> get(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
            @Context Request request) {
        PlanView plan = plans.get(patientId, planId);
        return Preconditions.read(request, plan, plan.version());
    }

    @PATCH
    @Path("{planId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updatePartnerPlan", summary = "Change a plan with a merge patch (If-Match required); "
            + "the partner may change only the parts in partnerMayEdit; status ARCHIVED archives it")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PlanPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanPatch.class))})
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The plan is archived")
    @APIResponse(responseCode = "412", description = "The plan changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<PlanView> update(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you edited") String ifMatch,
            @NotNull JsonNode patch) {
        PlanView plan = plans.update(patientId, planId, ifMatch, patch);
        return Preconditions.written(plan, plan.version());
    }

    @GET
    @Path("{planId}/achievements")
    @Operation(operationId = "listAchievements", summary = "Goals reached, newest first: celebrate every one")
    public Page<AchievementView> achievements(@PathParam("patientId") UUID patientId, @PathParam("planId") UUID planId,
            @Valid @BeanParam PageParams page) {
        return checkIns.achievements(patientId, planId, page);
    }

    private static String path(UUID patientId, UUID planId) {
        return "/v1/patients/" + patientId + "/partner-plans/" + planId;
    }
}
