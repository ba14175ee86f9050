package org.backcare.webhook;

import static org.backcare.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end, against a receiver on loopback: retries until a 2xx with the same event
 * id and a valid signature, giving up after the configured time, stopping at once when the
 * patient revokes the grant, and nothing for patients who never granted screenings:read.
 * (Test profile: polls every 0.1 s, backoff from 0.2 s to 1 s, gives up after 4 s.)
 */
@QuarkusTest
class WebhookTest {

    private static final String EMERGENCY = "{\"answers\":{\"SADDLE_NUMBNESS\":true}}";
    private static final String URGENT = "{\"answers\":{\"CANCER_HISTORY\":true}}";

    @Inject
    DeliveryWorker worker;

    private String ownerToken;
    private String patientId;
    private String clinicianToken;
    private String grantId;
    /** The secret of the webhook registered last, as its registration showed it. */
    private String secret;

    @BeforeEach
    void patientWithAClinic() {
        SharingPatient sharing = SharingPatient.create("hook");
        ownerToken = sharing.ownerToken();
        patientId = sharing.patientId();
        clinicianToken = sharing.clinicToken();
        grantId = sharing.grantId();
    }

    private String register(Receiver receiver, String... events) {
        String list = String.join("\",\"", events);
        JsonPath created = as(clinicianToken).body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"" + list + "\"]}")
                .post("/v1/webhooks").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/v1/webhooks/"))
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .extract().jsonPath();
        secret = created.getString("secret");
        as(clinicianToken).get("/v1/webhooks/{h}", created.getString("id")).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
        return created.getString("id");
    }

    private String screening(String answers) {
        return as(ownerToken).body(answers).post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .extract().path("id");
    }

    private List<Map<String, Object>> deliveries(String webhookId) {
        return as(clinicianToken).get("/v1/webhooks/{h}/deliveries", webhookId).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void retriedUntilAcceptedWithOneEventIdAndAValidSignature() {
        try (Receiver receiver = new Receiver(2, 500)) {
            String webhookId = register(receiver, "screening.emergency", "screening.urgent", "screening.resolved");
            String screeningId = screening(EMERGENCY);
            await(() -> receiver.calls.size() >= 3, "three attempts");
            await(() -> "DELIVERED".equals(deliveries(webhookId).get(0).get("status")), "delivered");

            Set<String> eventIds = receiver.calls.stream().map(c -> c.headers().get("x-backcare-event-id"))
                    .collect(Collectors.toSet());
            assertEquals(1, eventIds.size(), "every retry carries the same event id");
            for (Receiver.Call call : receiver.calls) {
                assertTrue(signatureValid(call), "signature of " + call);
            }
            JsonPath body = JsonPath.from(receiver.calls.get(0).body());
            assertEquals("screening.emergency", body.getString("type"));
            assertEquals(screeningId, body.getString("screeningId"));
            assertEquals(eventIds.iterator().next(), body.getString("id"));
            assertEquals("/v1/patients/" + patientId + "/screenings/" + screeningId, body.getString("screening"));
            Map<String, Object> delivery = deliveries(webhookId).get(0);
            assertEquals(3, delivery.get("attempts"));
            assertEquals(204, delivery.get("lastStatus"));

            as(ownerToken).body("{\"careSought\":\"EMERGENCY_DEPARTMENT\"}")
                    .post("/v1/patients/{p}/screenings/{s}/resolution", patientId, screeningId).then().statusCode(201);
            await(() -> receiver.calls.stream().anyMatch(c -> c.body().contains("\"screening.resolved\"")), "resolved");
        }
    }

    @Test
    void aReceiverThatNeverAcceptsEndsFailed() {
        try (Receiver receiver = new Receiver(Integer.MAX_VALUE, 503)) {
            String webhookId = register(receiver, "screening.urgent");
            screening(URGENT);
            await(() -> "FAILED".equals(deliveries(webhookId).get(0).get("status")), "given up");
            Map<String, Object> delivery = deliveries(webhookId).get(0);
            assertTrue((Integer) delivery.get("attempts") >= 3, delivery.toString());
            assertEquals(503, delivery.get("lastStatus"));
            int calls = receiver.calls.size();
            awaitTwoWorkerPasses();
            assertEquals(calls, receiver.calls.size(), "nothing sent after giving up");
        }
    }

    @Test
    void revokingTheGrantStopsDeliveriesAtOnce() {
        try (Receiver receiver = new Receiver(Integer.MAX_VALUE, 500)) {
            String webhookId = register(receiver, "screening.emergency");
            screening(EMERGENCY);
            await(() -> !receiver.calls.isEmpty(), "a first attempt");
            as(ownerToken).delete("/v1/patients/{p}/grants/{g}", patientId, grantId).then().statusCode(204);
            await(() -> "CANCELLED".equals(deliveries(webhookId).get(0).get("status")), "cancelled");
            int calls = receiver.calls.size();
            screening(EMERGENCY);
            awaitTwoWorkerPasses();
            assertEquals(calls, receiver.calls.size());
            assertEquals(1, deliveries(webhookId).size(), "no event for a patient who no longer shares");
        }
    }

    @Test
    void onlyTheEventsSubscribedToAndOnlyForGrantingPatients() {
        try (Receiver receiver = new Receiver(0, 500)) {
            String webhookId = register(receiver, "screening.urgent");
            screening(EMERGENCY);                                         // not subscribed
            screening("{\"answers\":{\"FEVER\":false}}");                 // routine: no event
            String otherOwner = Api.token("hook-other-" + UUID.randomUUID(), "patient");
            String otherPatient = Api.createPatient(otherOwner, "Other");
            as(otherOwner).body(URGENT).post("/v1/patients/{p}/screenings", otherPatient).then().statusCode(201);
            awaitTwoWorkerPasses();
            assertEquals(List.of(), deliveries(webhookId));
            assertEquals(List.of(), receiver.calls);
        }
    }

    @Test
    void targetsAreCheckedAndOthersWebhooksAreHidden() {
        for (String url : List.of("ftp://127.0.0.1/hook", "http://93.184.216.34/hook", "https://u:p@127.0.0.1/hook",
                "nonsense", "https://1.1.1.1:99999/", "https://exa_mple.test/", "https://" + "a".repeat(2000) + ".test/")) {
            Api.raw().header("Authorization", "Bearer " + clinicianToken).contentType("application/json")
                    .body("{\"url\":\"" + url + "\",\"events\":[\"screening.urgent\"]}")
                    .post("/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", org.hamcrest.Matchers.hasItem("url"));
        }
        Api.raw().header("Authorization", "Bearer " + clinicianToken).contentType("application/json")
                .body("{\"url\":\"https://127.0.0.1/hook\",\"events\":[\"screening.urgent\"],\"secret\":\"" + "k".repeat(40) + "\"}")
                .post("/v1/webhooks").then().statusCode(400).contentType("application/problem+json");
        Api.raw().header("Authorization", "Bearer " + clinicianToken).contentType("application/json")
                .body("{\"url\":\"https://127.0.0.1/hook\",\"events\":[\"screening.other\"]}")
                .post("/v1/webhooks").then().statusCode(400).contentType("application/problem+json");
        Api.raw().header("Authorization", "Bearer " + clinicianToken).get("/v1/webhooks/{h}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        try (Receiver receiver = new Receiver(0, 500)) {
            String webhookId = register(receiver, "screening.urgent");
            String otherClinic = Api.token("hook-nosy-" + UUID.randomUUID(), "clinician");
            Api.raw().header("Authorization", "Bearer " + otherClinic).get("/v1/webhooks/{h}", webhookId)
                    .then().statusCode(404);
            Api.raw().header("Authorization", "Bearer " + otherClinic).get("/v1/webhooks/{h}/deliveries", webhookId)
                    .then().statusCode(404);
            Api.raw().header("Authorization", "Bearer " + otherClinic).post("/v1/webhooks/{h}/secret", webhookId)
                    .then().statusCode(404).contentType("application/problem+json");
            Api.raw().header("Authorization", "Bearer " + clinicianToken).header("If-Match", "not a tag")
                    .post("/v1/webhooks/{h}/secret", webhookId).then().statusCode(412)
                    .contentType("application/problem+json");
            as(clinicianToken).delete("/v1/webhooks/{h}", webhookId).then().statusCode(204);
            as(clinicianToken).get("/v1/webhooks").then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(webhookId)));
        }
    }

    private boolean signatureValid(Receiver.Call call) {
        return signedWith(call, secret) && !signedWith(call, "another-" + secret);
    }

    /** Whether one of the call's v1 signatures is the given secret's. */
    static boolean signedWith(Receiver.Call call, String secret) {
        String header = call.headers().get("x-backcare-signature");
        String timestamp = header.substring(2, header.indexOf(','));
        String expected = Signatures.hmac(secret, timestamp + "." + call.body());
        return java.util.Arrays.stream(header.split(",")).anyMatch(part -> part.equals("v1=" + expected));
    }

    /**
     * Absence is only evidence once the worker has looked: two passes that began after this call
     * (the first may have started before it) have had every due delivery to send.
     */
    private void awaitTwoWorkerPasses() {
        long before = worker.finishedRuns();
        await(() -> worker.finishedRuns() >= before + 2, "two passes of the delivery worker");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
