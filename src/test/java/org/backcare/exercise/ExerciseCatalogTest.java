package org.backcare.exercise;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseCatalogTest {

    private String reader;
    private String curator;

    @BeforeEach
    void tokens() {
        reader = Api.token("reader-" + UUID.randomUUID(), "partner");
        curator = Api.token("curator-" + UUID.randomUUID(), "curator");
    }

    static String entry(String slug) {
        return """
                {"slug":"%s","name":"Test stretch","category":"STRETCH","summary":"A test entry.",
                 "steps":["Do it slowly."],"dosage":{"holdSeconds":{"min":10,"max":20}},"spinalMovement":"NEUTRAL",
                 "partnerRole":"NONE","phases":["CHRONIC"],"contraindications":["FRACTURE"],"cautions":[],
                 "stopIf":["It hurts."],"source":"seeds/002_c05efb030e7ae5c8.txt"}""".formatted(slug);
    }

    @Test
    void filtersNarrowTheCatalog() {
        as(reader).queryParam("category", "BREATHING").queryParam("limit", 200).get("/v1/exercises").then()
                .statusCode(200).body("items.category", everyItem(equalTo("BREATHING")))
                .body("items.slug", hasItem("breathing-4-7-8"));
        as(reader).queryParam("partnerRole", "REQUIRED").queryParam("limit", 200).get("/v1/exercises").then()
                .body("items.slug", hasItem("partner-massage")).body("items.partnerRole", everyItem(equalTo("REQUIRED")));
        as(reader).queryParam("phase", "ACUTE").queryParam("limit", 200).get("/v1/exercises").then()
                .body("items.slug", not(hasItem("yoga-for-back-pain"))).body("items.slug", hasItem("walking"));
        as(reader).queryParam("safeFor", "DISC_INJURY").queryParam("limit", 200).get("/v1/exercises").then()
                .body("items.slug", not(hasItem("knee-to-chest")))
                .body("items.slug", not(hasItem("standing-hamstring-stretch")));
        as(reader).queryParam("q", "BREATH").queryParam("limit", 200).get("/v1/exercises").then()
                .body("items.slug", hasItem("diaphragmatic-breathing"))
                .body("items.slug", not(hasItem("walking")));
    }

    @Test
    void pagesCoverTheCatalogOnce() {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(reader).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/exercises").then().statusCode(200).extract();
            slugs.addAll(page.path("items.slug"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(slugs.stream().distinct().sorted().toList(), slugs);
        org.hamcrest.MatcherAssert.assertThat(slugs.size(), org.hamcrest.Matchers.greaterThanOrEqualTo(25));
    }

    @Test
    void etagsAnswer304AndChangeAfterACuratorWrite() {
        String listTag = as(reader).get("/v1/exercises").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=300")).extract().header("ETag");
        as(reader).header("If-None-Match", listTag).get("/v1/exercises").then().statusCode(304);
        String itemTag = as(reader).get("/v1/exercises/walking").then().statusCode(200).extract().header("ETag");
        as(reader).header("If-None-Match", itemTag).get("/v1/exercises/walking").then().statusCode(304)
                .header("ETag", itemTag);

        String slug = "etag-test-" + UUID.randomUUID().toString().substring(0, 8);
        as(curator).body(entry(slug)).post("/v1/exercises").then().statusCode(201);

        String newListTag = as(reader).header("If-None-Match", listTag).get("/v1/exercises").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(listTag, newListTag);
        as(reader).queryParam("limit", 200).get("/v1/exercises").then().body("items.slug", hasItem(slug));

        String walking = as(reader).get("/v1/exercises/walking").then().extract().body().asString();
        as(curator).header("If-Match", itemTag).body(walking.replace("Regular easy walks", "Daily easy walks"))
                .put("/v1/exercises/walking").then().statusCode(200);
        as(reader).header("If-None-Match", itemTag).get("/v1/exercises/walking").then().statusCode(200)
                .body("summary", containsString("Daily easy walks"));
        as(curator).header("If-Match", itemTag).body(walking).put("/v1/exercises/walking").then().statusCode(412);
        String current = as(reader).get("/v1/exercises/walking").then().extract().header("ETag");
        as(curator).header("If-Match", current).body(walking).put("/v1/exercises/walking").then().statusCode(200);
    }

    @Test
    void curatorWritesAreValidated() {
        String slug = "valid-" + UUID.randomUUID().toString().substring(0, 8);
        bad(entry("Bad Slug!"), "slug");
        bad(entry(slug).replace("{\"min\":10,\"max\":20}", "{\"min\":30,\"max\":20}"), "dosage.holdSeconds.min");
        bad(entry(slug).replace("{\"min\":10,\"max\":20}", "{\"min\":10,\"max\":6000}"), "dosage.holdSeconds.max");
        bad(entry(slug).replace("\"STRETCH\"", "\"JUGGLING\""), "category");
        bad(entry(slug).replace("[\"CHRONIC\"]", "[]"), "phases");
        bad(entry(slug).replace("\"NONE\"", "\"REQUIRED\""), "partnerTask");
        bad(entry(slug).replace("[\"Do it slowly.\"]", "[]"), "steps");
        as(curator).body(entry(slug)).post("/v1/exercises").then().statusCode(201)
                .header("Location", containsString("/v1/exercises/" + slug));
        as(curator).body(entry(slug)).post("/v1/exercises").then().statusCode(409);
        as(curator).body(entry(slug)).put("/v1/exercises/{s}", slug).then().statusCode(428);
        as(curator).header("If-Match", "\"1\"").body(entry("other-slug")).put("/v1/exercises/{s}", slug).then()
                .statusCode(400)
                .body("violations[0].field", equalTo("slug"));
    }

    private void bad(String body, String field) {
        Api.raw().header("Authorization", "Bearer " + curator).contentType("application/json").body(body)
                .post("/v1/exercises").then().statusCode(400).body("violations.field", hasItem(field));
    }

    @Test
    void onlyCuratorsWrite() {
        String slug = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        for (String role : new String[] {"patient", "partner", "clinician"}) {
            String token = Api.token(role + "-" + UUID.randomUUID(), role);
            as(token).body(entry(slug)).post("/v1/exercises").then().statusCode(403);
            as(token).body(entry("walking")).put("/v1/exercises/walking").then().statusCode(403);
            as(token).delete("/v1/exercises/walking").then().statusCode(403);
        }
        as(reader).get("/v1/exercises/walking").then().statusCode(200);
    }

    @Test
    void deletingRetiresWhatSessionsNameAndRemovesTheRest() {
        String unused = "unused-" + UUID.randomUUID().toString().substring(0, 8);
        String used = "used-" + UUID.randomUUID().toString().substring(0, 8);
        as(curator).body(entry(unused)).post("/v1/exercises").then().statusCode(201);
        as(curator).body(entry(used)).post("/v1/exercises").then().statusCode(201);
        String patient = Api.token("retire-" + UUID.randomUUID(), "patient");
        String patientId = Api.createPatient(patient, "R");
        as(patient).body("{\"exerciseSlug\":\"" + used + "\",\"performedAt\":\"2026-11-01T08:00:00Z\","
                + "\"durationMinutes\":10,\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}")
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(201);

        as(curator).delete("/v1/exercises/{s}", unused).then().statusCode(204);
        as(curator).delete("/v1/exercises/{s}", used).then().statusCode(204);

        as(reader).get("/v1/exercises/{s}", unused).then().statusCode(404);
        as(reader).get("/v1/exercises/{s}", used).then().statusCode(404);
        as(reader).queryParam("limit", 200).get("/v1/exercises").then().body("items.slug", not(hasItem(used)));
        as(patient).get("/v1/patients/{p}/exercise-sessions", patientId).then()
                .body("items", hasSize(1)).body("items[0].exerciseSlug", equalTo(used));
        // A clinician reading the export still sees what the retired exercise was called.
        as(patient).accept("application/fhir+json").queryParam("from", "2026-10-01").queryParam("to", "2026-11-30")
                .get("/v1/patients/{p}/fhir", patientId).then().statusCode(200)
                .body("entry.resource.find { it.resourceType == 'Procedure' }.code.text", equalTo("Test stretch"))
                .body("entry.resource.find { it.resourceType == 'Procedure' }.code.coding.code", hasItem(used));
        // An entry a partner plan names is retired too.
        String planned = "planned-" + UUID.randomUUID().toString().substring(0, 8);
        as(curator).body(entry(planned).replace("[\"CHRONIC\"]", "[\"ACUTE\",\"SUBACUTE\",\"CHRONIC\"]")
                .replace("\"partnerRole\":\"NONE\"", "\"partnerRole\":\"OPTIONAL\",\"partnerTask\":\"Joins in.\""))
                .post("/v1/exercises").then().statusCode(201);
        String partner = "retire-partner-" + UUID.randomUUID();
        Api.grant(patient, patientId, partner, "PARTNER", "plans:read");
        as(patient).body(org.backcare.partnerplan.PlanBodies.plan(partner).replace("\"walking\"", "\"" + planned + "\""))
                .post("/v1/patients/{p}/partner-plans", patientId).then().statusCode(201);
        as(curator).delete("/v1/exercises/{s}", planned).then().statusCode(204);
        as(reader).get("/v1/exercises/{s}", planned).then().statusCode(404);
        as(curator).body(entry(planned)).post("/v1/exercises").then().statusCode(409);
        // A retired slug is still taken; a removed one can be used again.
        as(curator).body(entry(used)).post("/v1/exercises").then().statusCode(409);
        as(curator).body(entry(unused)).post("/v1/exercises").then().statusCode(201);
    }
}
