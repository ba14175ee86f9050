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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * One webhook's failures never hold up another's deliveries: a receiver that hangs until the
 * timeout and a webhook whose delivery throws inside the worker (its secret sealed under a key no
 * longer configured), both
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
        SharingPatient sharing = SharingPatient.create("iso");
        String owner = sharing.ownerToken();
        String patient = sharing.patientId();
        String clinic = sharing.clinicToken();
        try (Receiver hanging = new Receiver(0, 500, timeout.multipliedBy(3));
                Receiver healthy = new Receiver(0, 500)) {
            register(clinic, hanging.url());
            String throwing = register(clinic, "http://127.0.0.1:9/hook");
            retireItsKey(throwing);
            String good = register(clinic, healthy.url());

            List<Instant> events = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                as(owner).body(EMERGENCY).post("/v1/patients/{p}/screenings", patient).then().statusCode(201);
                events.add(Instant.now());   // the screening and its deliveries are committed now
            }
            WebhookTest.await(() -> healthy.calls.size() == EVENTS, "every delivery to the healthy receiver");

            for (int i = 0; i < EVENTS; i++) {
                Duration late = Duration.between(events.get(i), healthy.calls.get(i).at());
                assertTrue(late.compareTo(pollInterval.multipliedBy(2)) <= 0,
                        "delivery " + i + " to the healthy receiver took " + late);
            }
            WebhookTest.await(() -> deliveries(clinic, throwing).size() == EVENTS && deliveries(clinic, throwing).stream()
                    .allMatch(d -> ((Integer) d.get("attempts")) >= 1), "the throwing target's attempts");
            assertTrue(hanging.calls.size() < EVENTS, "the hanging receiver is still holding up its own deliveries");
            for (Map<String, Object> failed : deliveries(clinic, throwing)) {
                // The test profile gives up after 4 s, so some have been given up already.
                assertTrue(List.of("PENDING", "FAILED").contains(failed.get("status")),
                        "retried or given up like any other failure: " + failed);
                assertTrue(String.valueOf(failed.get("lastError")).startsWith("Not sent:"), failed.toString());
                assertTrue(!String.valueOf(failed.get("lastError")).contains("retired-key"), "no internal detail: " + failed);
            }
            assertEquals(EVENTS, deliveries(clinic, good).stream().filter(d -> "DELIVERED".equals(d.get("status"))).count());
        }
    }

    private static String register(String clinic, String url) {
        return as(clinic).body("{\"url\":\"" + url + "\",\"events\":[\"screening.emergency\"]}").post("/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    /** Its secret sealed under a key no longer configured: opening it throws inside the worker. */
    private void retireItsKey(String webhookId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update webhook set secret_key_id = 'retired-key' where id = ?1")
                .setParameter(1, UUID.fromString(webhookId)).executeUpdate());
    }

    private static List<Map<String, Object>> deliveries(String clinic, String webhookId) {
        return as(clinic).get("/v1/webhooks/{h}/deliveries", webhookId).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
