package org.backcare.webhook;

import static org.backcare.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a pass takes. The deliveries here fall due in 2100, so the running worker never touches
 * them and each claim is asked as of then.
 */
@QuarkusTest
class DeliveryClaimsTest {

    private static final Instant FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static final int BACKLOG = 25;

    @Inject
    DeliveryClaims claims;
    @Inject
    WebhookConfig config;

    @Test
    void oneWebhooksBacklogLeavesRoomForTheOthersAndBusyWebhooksAreLeftAlone() {
        SharingPatient sharing = SharingPatient.create("claims");
        UUID backlogged = register(sharing.clinicToken());
        UUID fresh = register(sharing.clinicToken());
        UUID patient = UUID.fromString(sharing.patientId());
        try {
            for (int i = 0; i < BACKLOG; i++) {
                queue(backlogged, patient, FUTURE.plusSeconds(i));
            }
            UUID freshDelivery = queue(fresh, patient, FUTURE.plusSeconds(BACKLOG + 1));
            Instant now = FUTURE.plus(Duration.ofHours(1));

            Map<UUID, List<UUID>> first = claims.claim(UUID.randomUUID(), now, 2, Set.of());
            assertEquals(List.of(backlogged, fresh), List.copyOf(first.keySet()), "oldest due first, both in one pass");
            assertEquals(config.batchSize(), first.get(backlogged).size());
            assertEquals(List.of(freshDelivery), first.get(fresh));

            Map<UUID, List<UUID>> second = claims.claim(UUID.randomUUID(), now, 8, Set.of());
            assertEquals(Set.of(backlogged), second.keySet(), "leased deliveries are not claimed twice");
            assertEquals(BACKLOG - config.batchSize(), second.get(backlogged).size());

            Instant leasesOver = now.plus(config.lease()).plusSeconds(1);
            Map<UUID, List<UUID>> third = claims.claim(UUID.randomUUID(), leasesOver, 8, Set.of(backlogged));
            assertEquals(Map.of(fresh, List.of(freshDelivery)), third, "a webhook still being sent to is left alone");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.delete("webhookId in ?1",
                    List.of(backlogged, fresh)));
        }
    }

    private static UUID register(String clinic) {
        return UUID.fromString(as(clinic).body("{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"screening.urgent\"]}")
                .post("/v1/webhooks").then().statusCode(201).extract().path("id"));
    }

    private static UUID queue(UUID webhookId, UUID patientId, Instant due) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.webhookId = webhookId;
        delivery.eventId = UUID.randomUUID();
        delivery.patientId = patientId;
        delivery.eventType = WebhookEventType.SCREENING_URGENT;
        delivery.payload = "{}";
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = due;
        delivery.createdAt = due;
        QuarkusTransaction.requiringNew().run(delivery::persist);
        return delivery.id;
    }
}
