package org.backcare.webhook;

import static org.backcare.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.support.Api;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * One webhook's failures never hold up another's deliveries: a receiver that hangs until the
 * timeout and a target that throws inside the worker (a stored URL that cannot be sent to), both
 * subscribed beside a healthy receiver. Every delivery to the healthy one arrives within two poll
 * intervals of its event; the broken ones record failed attempts with their reasons.
 */
@QuarkusTest
class DeliveryIsolationTest {

    private static final String EMERGENCY = "{\"answers\":{\"SADDLE_NUMBNESS\":true}}";
    private static final int EVENTS = 6;

    @Inject
    EntityManager em;
    @ConfigProperty(name = "backcare.webhooks.poll-interval")
    Duration pollInterval;
    @ConfigProperty(name = "backcare.webhooks.timeout")
    Duration timeout;

    @Test
    void aBrokenWebhookDelaysNoOtherWebhooksDeliveries() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Api.token("iso-owner-" + tag, "patient");
        String patient = Api.createPatient(owner, "Isolation " + tag);
        String clinic = Api.token("iso-clinic-" + tag, "clinician");
        Api.grant(owner, patient, "iso-clinic-" + tag, "CLINICIAN", "screenings:read");
        try (Receiver hanging = new Receiver(0, 500, timeout.multipliedBy(3));
                Receiver healthy = new Receiver(0, 500)) {
            register(clinic, hanging.url());
            String throwing = register(clinic, "http://127.0.0.1:9/hook");
            storeUnsendableUrl(throwing);
            String good = register(clinic, healthy.url());

            List<Instant> events = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                events.add(Instant.now());
                as(owner).body(EMERGENCY).post("/v1/patients/{p}/screenings", patient).then().statusCode(201);
            }
            WebhookTest.await(() -> healthy.calls.size() == EVENTS, "every delivery to the healthy receiver");

            for (int i = 0; i < EVENTS; i++) {
                Duration late = Duration.between(events.get(i), healthy.calls.get(i).at());
                assertTrue(late.compareTo(pollInterval.multipliedBy(2)) <= 0,
                        "delivery " + i + " to the healthy receiver took " + late);
            }
            WebhookTest.await(() -> deliveries(clinic, throwing).stream()
                    .allMatch(d -> ((Integer) d.get("attempts")) >= 1), "the throwing target's attempts");
            for (Map<String, Object> failed : deliveries(clinic, throwing)) {
                // The test profile gives up after 4 s, so some have been given up already.
                assertTrue(List.of("PENDING", "FAILED").contains(failed.get("status")),
                        "retried or given up like any other failure: " + failed);
                assertTrue(String.valueOf(failed.get("lastError")).startsWith("Not sent:"), failed.toString());
            }
            assertEquals(EVENTS, deliveries(clinic, good).stream().filter(d -> "DELIVERED".equals(d.get("status"))).count());
        }
    }

    private static String register(String clinic, String url) {
        return as(clinic).body("{\"url\":\"" + url + "\",\"events\":[\"screening.emergency\"]}").post("/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    /** As a row stored before URLs were checked so closely: the port is out of range, so sending throws. */
    private void storeUnsendableUrl(String webhookId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update webhook set url = ?1 where id = ?2")
                .setParameter(1, "http://127.0.0.1:99999/hook").setParameter(2, UUID.fromString(webhookId)).executeUpdate());
    }

    private static List<Map<String, Object>> deliveries(String clinic, String webhookId) {
        return as(clinic).get("/v1/webhooks/{h}/deliveries", webhookId).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
