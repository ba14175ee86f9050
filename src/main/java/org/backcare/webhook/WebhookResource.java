package org.backcare.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Idempotent;
import org.backcare.common.Preconditions;
import org.backcare.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhooks for clinic integrations: signed POSTs when a patient who granted screenings:read
 * has an EMERGENCY or URGENT screening, or resolves one.
 */
@Path("/v1/webhooks")
@RolesAllowed(Roles.CLINICIAN)
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook (clinicians; https on a public address)")
    @APIResponse(responseCode = "201", description = "Registered, with its signing secret: shown in this answer only",
            headers = {@Header(name = "Location"), @Header(name = "ETag"), @Header(name = "Cache-Control")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @Callback(name = "screeningEvent", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(
            method = "post", summary = "A screening event, signed",
            description = "Sent for screening.emergency, screening.urgent and screening.resolved, to the webhooks "
                    + "subscribed whose owner may see the screening. Verify X-Backcare-Signature: HMAC-SHA256 with "
                    + "the secret over \"<t>.<body>\", compared in constant time to each v1 value; refuse an old t. "
                    + "Any 2xx within 10 s acknowledges it; anything else is retried with backoff for 24 h, always "
                    + "with the same event id.",
            parameters = {
                @Parameter(name = "X-Backcare-Signature", in = ParameterIn.HEADER, required = true,
                        description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">; during a secret "
                                + "rotation a second v1 (the replaced secret's) follows the first",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 300,
                                pattern = "^t=[0-9]{1,20}(,v1=[0-9a-f]{64}){1,2}$")),
                @Parameter(name = "X-Backcare-Event-Id", in = ParameterIn.HEADER, required = true,
                        description = "The same on every retry of one event", schema = @Schema(type = SchemaType.STRING,
                                format = "uuid", maxLength = 36)),
                @Parameter(name = "X-Backcare-Event-Type", in = ParameterIn.HEADER, required = true,
                        schema = @Schema(type = SchemaType.STRING, enumeration = {"screening.emergency",
                            "screening.urgent", "screening.resolved"}))},
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookEvent.class))),
            responses = @APIResponse(responseCode = "204", description = "Acknowledged (any 2xx will do)")))
    public RestResponse<WebhookView> create(@Valid @NotNull WebhookInput input) {
        WebhookView created = webhooks.create(input);
        return unstored(Preconditions.created("/v1/webhooks/" + created.id(), created, created.version()));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks, newest first")
    public Page<WebhookView> list(@Valid @BeanParam PageParams page) {
        return webhooks.list(page);
    }

    @GET
    @Path("{webhookId}")
    @Operation(operationId = "getWebhook", summary = "One of the caller's webhooks")
    @APIResponse(responseCode = "200", description = "The webhook", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> get(@PathParam("webhookId") UUID webhookId, @Context Request request) {
        WebhookView webhook = webhooks.get(webhookId);
        return Preconditions.read(request, webhook, webhook.version());
    }

    @POST
    @Path("{webhookId}/secret")
    @Idempotent
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace the signing secret; the old one signs "
            + "too for the rotation overlap (24 h unless configured)")
    @APIResponse(responseCode = "200", description = "Rotated: the new secret, shown once",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "412", description = "The webhook changed since the version in If-Match, or a "
            + "concurrent rotation won")
    public RestResponse<WebhookView> rotateSecret(@PathParam("webhookId") UUID webhookId,
            @Size(max = 1000) @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you read (optional)") String ifMatch) {
        WebhookView rotated = webhooks.rotateSecret(webhookId, ifMatch);
        return unstored(Preconditions.written(rotated, rotated.version()));
    }

    /** An answer with a secret in it: no cache, shared or private, may keep it. */
    private static RestResponse<WebhookView> unstored(RestResponse<WebhookView> answer) {
        return RestResponse.ResponseBuilder.fromResponse(answer).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook; nothing more is sent to it")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("webhookId") UUID webhookId) {
        webhooks.delete(webhookId);
    }

    @GET
    @Path("{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries",
            summary = "Deliveries, newest first: pending (with the next attempt), delivered, failed or cancelled")
    public Page<DeliveryView> deliveries(@PathParam("webhookId") UUID webhookId, @Valid @BeanParam PageParams page) {
        return webhooks.deliveries(webhookId, page);
    }
}
