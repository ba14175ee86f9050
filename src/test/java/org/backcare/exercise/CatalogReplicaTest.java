package org.backcare.exercise;

import static org.backcare.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A catalog write committed by another replica: this one fires no event for it, and learns of it
 * only from the catalog version in the database.
 */
@QuarkusTest
@TestProfile(CatalogReplicaTest.LongerStaleness.class)
class CatalogReplicaTest {

    /** Long enough that a slow machine still makes the next request while a check is fresh. */
    public static class LongerStaleness implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backcare.catalog.read-staleness", "PT3S");
        }
    }

    @Inject
    ExerciseCatalog catalog;

    @Inject
    CatalogConfig config;

    @Inject
    EntityManager em;

    @Test
    void everyReadBegunLaterThanTheStalenessShowsIt() throws InterruptedException {
        String reader = Api.token("replica-reader-" + UUID.randomUUID(), "partner");
        String slug = newSlug();
        as(reader).get("/v1/exercises/{s}", slug).then().statusCode(404); // this replica has just checked

        writtenByAnotherReplica(slug);
        long written = System.nanoTime();

        // A check begun before the commit answers reads until it is the staleness old, and no longer.
        while (true) {
            Duration begun = Duration.ofNanos(System.nanoTime() - written);
            if (as(reader).get("/v1/exercises/{s}", slug).statusCode() == 200) {
                return;
            }
            assertTrue(begun.compareTo(config.readStaleness()) <= 0,
                    "a read begun " + begun + " after the write did not show the entry");
            Thread.sleep(20);
        }
    }

    @Test
    void whatDecidesWithTheCatalogSeesItAtOnce() {
        String reader = Api.token("replica-reader-" + UUID.randomUUID(), "partner");
        String patient = Api.token("replica-patient-" + UUID.randomUUID(), "patient");
        String patientId = Api.createPatient(patient, "R");
        String slug = newSlug();
        as(reader).get("/v1/exercises/{s}", slug).then().statusCode(404); // reads may reuse this check for a while

        writtenByAnotherReplica(slug);

        // A session must name a live entry: that check reads the version, so it knows the new one.
        as(patient).body("{\"exerciseSlug\":\"" + slug + "\",\"performedAt\":\"2026-11-01T08:00:00Z\","
                + "\"durationMinutes\":10,\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}")
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(201);
    }

    private static String newSlug() {
        return "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The entry and the version move in one transaction, as a curator's write on another replica does. */
    private void writtenByAnotherReplica(String slug) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExerciseRow row = new ExerciseRow();
            row.slug = slug;
            row.document = catalog.write(catalog.read(ExerciseCatalogTest.entry(slug)));
            row.createdAt = Instant.now();
            row.updatedAt = row.createdAt;
            row.persist();
            em.flush();
            em.createNativeQuery("update catalog_state set version = version + 1 where id = 1").executeUpdate();
        });
    }
}
