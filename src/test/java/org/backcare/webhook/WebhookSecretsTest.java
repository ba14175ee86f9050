package org.backcare.webhook;

import static org.backcare.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Webhook secrets: made by the server, shown once, sealed in the database (the stored value is
 * not the secret and opens only with its key and its own webhook), rotated with an overlap in
 * which both secrets sign, and plaintext rows from before sealing resealed at startup.
 */
@QuarkusTest
class WebhookSecretsTest {

    private static final String URGENT = "{\"answers\":{\"CANCER_HISTORY\":true}}";

    @Inject
    EntityManager em;
    @Inject
    SecretSealer sealer;
    @Inject
    SecretReseal reseal;

    @Test
    void theSecretIsShownOnceAndUnreadableInTheDatabase() {
        String clinic = Api.token("sealed-clinic-" + UUID.randomUUID(), "clinician");
        String key = UUID.randomUUID().toString();
        JsonPath created = as(clinic).header("Idempotency-Key", key)
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"screening.urgent\"]}")
                .post("/v1/webhooks").then().statusCode(201).header("Cache-Control", "no-store")
                .body("secret", startsWith("whsec_")).extract().jsonPath();
        String secret = created.getString("secret");
        UUID id = UUID.fromString(created.getString("id"));

        as(clinic).header("Idempotency-Key", key)
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"screening.urgent\"]}")
                .post("/v1/webhooks").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(id.toString())).body("$", not(hasKey("secret")));
        as(clinic).get("/v1/webhooks/{h}", id).then().statusCode(200).body("$", not(hasKey("secret")));
        as(clinic).get("/v1/webhooks").then().statusCode(200).body("items[0]", not(hasKey("secret")));

        Object[] row = stored(id);
        assertNull(row[0], "no plaintext column value");
        assertEquals("dev", row[1]);
        String sealed = (String) row[2];
        assertFalse(sealed.contains(secret) || sealed.contains(secret.substring(6)), "the stored value is not the secret");
        assertFalse(dump().contains(secret.substring(6)), "the secret is nowhere in the webhook or idempotency tables");
        assertEquals(secret, sealer.open(id, new SecretSealer.Sealed("dev", sealed)), "it opens with its key");
        assertThrowsIllegalState(() -> sealer.open(UUID.randomUUID(), new SecretSealer.Sealed("dev", sealed)));
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneUntilTheOverlapEnds() {
        SharingPatient sharing = SharingPatient.create("rotate");
        String owner = sharing.ownerToken();
        String patient = sharing.patientId();
        String clinic = sharing.clinicToken();
        try (Receiver receiver = new Receiver(0, 500)) {
            JsonPath created = as(clinic).body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"screening.urgent\"]}")
                    .post("/v1/webhooks").then().statusCode(201).extract().jsonPath();
            String webhookId = created.getString("id");
            String first = created.getString("secret");

            as(clinic).header("If-Match", "\"" + 99 + "\"").post("/v1/webhooks/{h}/secret", webhookId)
                    .then().statusCode(412);
            JsonPath rotated = as(clinic).header("If-Match", "\"1\"").post("/v1/webhooks/{h}/secret", webhookId)
                    .then().statusCode(200).header("ETag", "\"2\"").header("Cache-Control", "no-store")
                    .body("secret", startsWith("whsec_"))
                    .body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();
            String second = rotated.getString("secret");
            assertNotEquals(first, second);
            as(clinic).get("/v1/webhooks/{h}", webhookId).then().statusCode(200).body("$", not(hasKey("secret")));

            as(owner).body(URGENT).post("/v1/patients/{p}/screenings", patient).then().statusCode(201);
            WebhookTest.await(() -> receiver.calls.size() == 1, "the delivery");
            Receiver.Call call = receiver.calls.get(0);
            String header = call.headers().get("x-backcare-signature");
            assertEquals(2, header.split("v1=", -1).length - 1, header);
            assertTrue(header.indexOf(Signatures.hmac(second, header.substring(2, header.indexOf(',')) + "." + call.body()))
                    < header.lastIndexOf("v1="), "the new secret signs first: " + header);
            assertTrue(WebhookTest.signedWith(call, first) && WebhookTest.signedWith(call, second), header);

            endOverlap(UUID.fromString(webhookId));
            as(owner).body(URGENT).post("/v1/patients/{p}/screenings", patient).then().statusCode(201);
            WebhookTest.await(() -> receiver.calls.size() == 2, "the second delivery");
            Receiver.Call after = receiver.calls.get(1);
            assertTrue(WebhookTest.signedWith(after, second) && !WebhookTest.signedWith(after, first),
                    after.headers().get("x-backcare-signature"));
        }
    }

    @Test
    void plaintextSecretsFromBeforeSealingAreResealedAtStartup() {
        UUID id = UUID.randomUUID();
        String legacy = "legacy-" + "p".repeat(40);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into webhook "
                + "(id, owner_subject, url, secret, created_at, version) values (?1, 'legacy-clinic', "
                + "'http://127.0.0.1:9/hook', ?2, current_timestamp, 1)")
                .setParameter(1, id).setParameter(2, legacy).executeUpdate());

        assertTrue(reseal.resealAll() >= 1);

        Object[] row = stored(id);
        assertNull(row[0], "the plaintext is gone");
        assertEquals(legacy, sealer.open(id, new SecretSealer.Sealed((String) row[1], (String) row[2])));
        assertEquals(0, reseal.resealAll(), "nothing left to reseal");
    }

    private Object[] stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select secret, secret_key_id, secret_sealed from webhook where id = ?1").setParameter(1, id)
                .getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private String dump() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object> webhooks = em.createNativeQuery("select concat(coalesce(secret, ''), secret_sealed) from webhook")
                    .getResultList();
            List<Object> answers = em.createNativeQuery("select coalesce(body, '') from idempotency_key").getResultList();
            return webhooks + " " + answers;
        });
    }

    private void endOverlap(UUID webhookId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update webhook set previous_secret_until = current_timestamp where id = ?1")
                .setParameter(1, webhookId).executeUpdate());
    }

    private static void assertThrowsIllegalState(Runnable action) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, action::run,
                "a sealed secret moved to another webhook does not open");
    }
}
