package org.backcare.painlog;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class PainLogResourceTest {

    static final String FULL_ENTRY = """
            {"recordedAt":"2026-11-01T08:15:00+01:00","intensity":6,
             "locations":[{"region":"LOWER_BACK","intensity":6},{"region":"LEG_LEFT"}],
             "qualities":["ACHING","SHOOTING"],"pattern":"INTERMITTENT","radiatesToLeg":true,
             "triggers":["SITTING","LIFTING"],"interference":5,"mood":4,"stress":7,
             "sleep":{"hours":5.5,"disrupted":true},
             "medications":[{"name":"Ibuprofen","dose":400,"unit":"mg","takenAt":"2026-11-01T07:30:00Z"}],
             "reliefMeasures":[{"measure":"HEAT","helped":7},{"measure":"STRETCHING"}],
             "symptoms":[],"notes":"Long drive yesterday.","private":false}""";

    private String ownerToken;
    private String patientId;
    private String path;

    @BeforeEach
    void patient() {
        ownerToken = Api.token("diary-" + UUID.randomUUID(), "patient");
        patientId = Api.createPatient(ownerToken, "Diarist");
        path = "/v1/patients/" + patientId + "/pain-logs";
    }

    private String create(String body) {
        return as(ownerToken).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void everyFieldRoundTrips() {
        var created = as(ownerToken).body(FULL_ENTRY).post(path).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("recordedAt", equalTo("2026-11-01T07:15:00Z"))
                .body("locations.region", contains("LOWER_BACK", "LEG_LEFT"))
                .body("locations[1].intensity", nullValue())
                .body("qualities", contains("ACHING", "SHOOTING"))
                .body("pattern", equalTo("INTERMITTENT"))
                .body("radiatesToLeg", equalTo(true))
                .body("triggers", contains("SITTING", "LIFTING"))
                .body("sleep.hours", equalTo(5.5f))
                .body("medications[0].takenAt", equalTo("2026-11-01T07:30:00Z"))
                .body("reliefMeasures.measure", contains("HEAT", "STRETCHING"))
                .body("notes", equalTo("Long drive yesterday."))
                .body("private", equalTo(false))
                .body("version", equalTo(1))
                .body("deleted", equalTo(false))
                .body("redFlag", nullValue())
                .extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith(path + "/" + id));
        as(ownerToken).get(path + "/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("interference", equalTo(5)).body("mood", equalTo(4)).body("stress", equalTo(7));
    }

    @Test
    void redFlagSymptomAsksForTheScreening() {
        as(ownerToken).body("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":8,"
                + "\"symptoms\":[\"NIGHT_PAIN\",\"SADDLE_NUMBNESS\",\"FEVER\",\"BLADDER_RETENTION\"]}").post(path)
                .then().statusCode(201)
                // In declaration order, the same on every replica.
                .body("redFlag.symptoms", contains("BLADDER_RETENTION", "SADDLE_NUMBNESS", "FEVER", "NIGHT_PAIN"))
                .body("redFlag.questionnaire", equalTo("/v1/screening/questionnaire"));
    }

    @Test
    void sameIdAndBodyTwiceStoresOneEntry() {
        String id = UUID.randomUUID().toString();
        String body = FULL_ENTRY.replace("{\"recordedAt\"", "{\"id\":\"" + id + "\",\"recordedAt\"");
        as(ownerToken).body(body).post(path).then().statusCode(201);
        as(ownerToken).body(body).post(path).then().statusCode(200).body("id", equalTo(id)).body("version", equalTo(1));
        // The same content written differently (another offset, reordered sets) is the same create.
        String equivalent = body.replace("2026-11-01T08:15:00+01:00", "2026-11-01T07:15:00Z")
                .replace("[\"SITTING\",\"LIFTING\"]", "[\"LIFTING\",\"SITTING\"]");
        as(ownerToken).body(equivalent).post(path).then().statusCode(200).body("id", equalTo(id));
        as(ownerToken).get(path).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void sameIdWithDifferentBodyIsAConflict() {
        String id = UUID.randomUUID().toString();
        as(ownerToken).body("{\"id\":\"" + id + "\",\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4}")
                .post(path).then().statusCode(201);
        as(ownerToken).body("{\"id\":\"" + id + "\",\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":5}")
                .post(path).then().statusCode(409).contentType("application/problem+json");
        as(ownerToken).get(path + "/{id}", id).then().body("intensity", equalTo(4));
    }

    @Test
    void anIdTakenByAnotherPatientIsAConflict() {
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4}";
        as(ownerToken).body(body).post(path).then().statusCode(201);
        String other = Api.token("diary-other-" + UUID.randomUUID(), "patient");
        String otherPatient = Api.createPatient(other, "Other");
        as(other).body(body).post("/v1/patients/{p}/pain-logs", otherPatient).then().statusCode(409);
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        String id = create("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4}");
        String replacement = "{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":3}";
        as(ownerToken).body(replacement).put(path + "/{id}", id).then().statusCode(428);
        as(ownerToken).header("If-Match", "\"7\"").body(replacement).put(path + "/{id}", id).then().statusCode(412);
        as(ownerToken).header("If-Match", "\"1\"").body(replacement).put(path + "/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("intensity", equalTo(3));
        as(ownerToken).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"intensity\":2}").patch(path + "/{id}", id).then().statusCode(412);
        as(ownerToken).contentType("application/merge-patch+json").body("{\"intensity\":2}")
                .patch(path + "/{id}", id).then().statusCode(428);
        as(ownerToken).header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body("{\"intensity\":2,\"notes\":\"better\"}").patch(path + "/{id}", id)
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("intensity", equalTo(2)).body("notes", equalTo("better"));
    }

    @Test
    void patchIsValidatedLikeAFullWrite() {
        String id = create("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4}");
        Api.raw().header("Authorization", "Bearer " + ownerToken).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"intensity\":11}")
                .patch(path + "/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("intensity"));
        Api.raw().header("Authorization", "Bearer " + ownerToken).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"intensity\":null}")
                .patch(path + "/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("intensity"));
        Api.raw().header("Authorization", "Bearer " + ownerToken).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"version\":9}")
                .patch(path + "/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("version"));
        as(ownerToken).get(path + "/{id}", id).then().header("ETag", "\"1\"").body("intensity", equalTo(4));
    }

    @Test
    void textBeyondAsciiReadsBackTheSameThroughEveryRead() {
        // Pages send each stored document's bytes as the driver hands them over, never decoded:
        // two-, three- and four-byte characters and escapes must come back as they were sent.
        String notes = "Rücken – 背中が痛い 😣 \"quoted\" back\\slash é\nnext line";
        String medication = "Paracétamol 背";
        String id = create("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4,"
                + "\"medications\":[{\"name\":\"Paracétamol 背\",\"dose\":500,\"unit\":\"mg\"}],"
                + "\"notes\":\"Rücken – 背中が痛い \\ud83d\\ude23 \\\"quoted\\\" back\\\\slash é\\nnext line\"}");

        as(ownerToken).get(path + "/{id}", id).then().statusCode(200)
                .body("notes", equalTo(notes)).body("medications[0].name", equalTo(medication));
        as(ownerToken).get(path).then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].notes", equalTo(notes))
                .body("items[0].medications[0].name", equalTo(medication));
        as(ownerToken).queryParam("updatedSince", "2000-01-01T00:00:00Z").get(path).then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].notes", equalTo(notes))
                .body("items[0].medications[0].name", equalTo(medication));
    }

    @Test
    void deleteLeavesATombstoneOnlySyncShows() {
        String id = create("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4,\"notes\":\"secret\"}");
        as(ownerToken).header("If-Match", "\"5\"").delete(path + "/{id}", id).then().statusCode(412);
        as(ownerToken).delete(path + "/{id}", id).then().statusCode(204);
        as(ownerToken).get(path + "/{id}", id).then().statusCode(404);
        as(ownerToken).get(path).then().body("items", empty());
        as(ownerToken).queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("includeDeleted", true)
                .get(path).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].deleted", equalTo(true))
                .body("items[0].version", equalTo(2))
                .body("items[0].notes", nullValue())
                .body("items[0].intensity", nullValue());
        as(ownerToken).delete(path + "/{id}", id).then().statusCode(404);
        // A retried create of a deleted entry does not bring it back.
        as(ownerToken).body("{\"id\":\"" + id + "\",\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4,"
                + "\"notes\":\"secret\"}").post(path).then().statusCode(409);
    }

    @Test
    void filtersAndNewestFirstPaging() {
        create("{\"recordedAt\":\"2026-10-01T08:00:00Z\",\"intensity\":2,\"triggers\":[\"WALKING\"]}");
        create("{\"recordedAt\":\"2026-10-02T08:00:00Z\",\"intensity\":8,\"triggers\":[\"LIFTING\"],"
                + "\"locations\":[{\"region\":\"NECK\"}]}");
        create("{\"recordedAt\":\"2026-10-03T08:00:00Z\",\"intensity\":7,\"triggers\":[\"LIFTING\",\"STRESS\"]}");
        create("{\"recordedAt\":\"2026-10-04T08:00:00Z\",\"intensity\":5,\"locations\":[{\"region\":\"NECK\"}]}");
        as(ownerToken).get(path).then().body("items.intensity", contains(5, 7, 8, 2));
        as(ownerToken).queryParam("minIntensity", 7).get(path).then().body("items.intensity", contains(7, 8));
        as(ownerToken).queryParam("trigger", "LIFTING").get(path).then().body("items.intensity", contains(7, 8));
        as(ownerToken).queryParam("location", "NECK").get(path).then().body("items.intensity", contains(5, 8));
        as(ownerToken).queryParam("from", "2026-10-02T08:00:00Z").queryParam("to", "2026-10-04T08:00:00Z")
                .get(path).then().body("items.intensity", contains(7, 8));

        List<Integer> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as(ownerToken).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(path).then().statusCode(200).extract();
            seen.addAll(page.path("items.intensity"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(5, 7, 8, 2), seen);
    }

    @Test
    void syncCannotBeMixedWithHistoryFilters() {
        Api.raw().header("Authorization", "Bearer " + ownerToken)
                .queryParam("updatedSince", "2026-01-01T00:00:00Z").queryParam("minIntensity", 3)
                .get(path).then().statusCode(400).body("violations[0].field", equalTo("updatedSince"));
    }

    @Test
    void privateEntriesAreHiddenFromPartnersButNotClinicians() {
        String partner = "diary-partner-" + UUID.randomUUID();
        String clinician = "diary-clinician-" + UUID.randomUUID();
        Api.grant(ownerToken, patientId, partner, "PARTNER", "pain-logs:read");
        Api.grant(ownerToken, patientId, clinician, "CLINICIAN", "pain-logs:read");
        String partnerToken = Api.token(partner, "partner");
        String clinicianToken = Api.token(clinician, "clinician");
        String open = create("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4}");
        String hidden = create("{\"recordedAt\":\"2026-11-02T08:00:00Z\",\"intensity\":9,\"private\":true}");

        as(partnerToken).get(path).then().statusCode(200).body("items.id", contains(open));
        as(partnerToken).get(path + "/{id}", hidden).then().statusCode(404);
        as(partnerToken).queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("includeDeleted", true)
                .get(path).then().body("items.id", contains(open));
        as(clinicianToken).get(path).then().body("items.id", contains(hidden, open));
        as(clinicianToken).get(path + "/{id}", hidden).then().statusCode(200).body("private", equalTo(true));

        as(ownerToken).get("/v1/patients/{p}/access-log", patientId).then()
                .body("items.action", hasItem("pain-logs.list"))
                .body("items.action", hasItem("pain-logs.read"))
                .body("items.actorSubject", hasItem(clinician))
                .body("items.actorSubject", hasItem(partner));
    }

    @Test
    void grantWithoutTheScopeIsForbiddenAndGranteesCannotWrite() {
        String partner = "diary-narrow-" + UUID.randomUUID();
        Api.grant(ownerToken, patientId, partner, "PARTNER", "plans:read");
        String partnerToken = Api.token(partner, "partner");
        as(partnerToken).get(path).then().statusCode(403);
        String reader = "diary-reader-" + UUID.randomUUID();
        Api.grant(ownerToken, patientId, reader, "PARTNER", "pain-logs:read");
        as(Api.token(reader, "partner")).body("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":4}")
                .post(path).then().statusCode(403);
    }

    @Test
    void idsInPagesAreUnique() {
        for (int i = 0; i < 5; i++) {
            create("{\"recordedAt\":\"2026-10-01T08:00:00Z\",\"intensity\":" + i + "}");
        }
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            var request = as(ownerToken).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(path).then().statusCode(200).contentType("application/json")
                    .body("items", not(empty())).extract();
            List<String> pageIds = page.path("items.id");
            pageIds.forEach(id -> org.junit.jupiter.api.Assertions.assertTrue(ids.add(id)));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(5, ids.size());
        as(ownerToken).get(path).then().body("nextCursor", nullValue()).body("items[0].createdAt", notNullValue());
    }
}
