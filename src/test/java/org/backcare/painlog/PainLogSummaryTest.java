package org.backcare.painlog;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summary against numbers worked out by hand. The patient lives in Europe/Amsterdam, and
 * the window (27–30 March 2026) spans the switch to summer time in the night of the 29th:
 * entries a minute either side of local midnight, before and after the switch, must fall on
 * the right local day and in the right part of the day.
 */
@QuarkusTest
class PainLogSummaryTest {

    @Inject
    EntityManager em;

    private String ownerToken;
    private String partnerToken;
    private String patientId;

    @BeforeEach
    void diary() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ownerToken = Api.token("summary-" + tag, "patient");
        patientId = as(ownerToken).body("""
                {"displayName":"S","timeZone":"Europe/Amsterdam",
                 "medications":[{"name":"Ibuprofen","maxDailyDose":1200,"unit":"mg"}]}""")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
        String partner = "summary-partner-" + tag;
        partnerToken = Api.token(partner, "partner");
        Api.grant(ownerToken, patientId, partner, "PARTNER", "pain-logs:read");

        // 11:00 CET 27 Mar: MORNING of the 27th
        log("""
                "recordedAt":"2026-03-27T10:00:00Z","intensity":4,"triggers":["SITTING"],
                "locations":[{"region":"LOWER_BACK","intensity":4}],"reliefMeasures":[{"measure":"HEAT","helped":6}],
                "sleep":{"hours":5,"disrupted":true},"medications":[{"name":"ibuprofen","dose":400,"unit":"mg"}]""");
        // 23:59 CET 27 Mar: EVENING of the 27th; dose taken 23:30 local, same day
        log("""
                "recordedAt":"2026-03-27T22:59:00Z","intensity":6,"triggers":["SITTING","STRESS"],
                "reliefMeasures":[{"measure":"HEAT","helped":8}],
                "medications":[{"name":"Ibuprofen","dose":400,"unit":"MG","takenAt":"2026-03-27T22:30:00Z"}]""");
        // 00:00 CET 28 Mar: NIGHT of the 28th
        log("""
                "recordedAt":"2026-03-27T23:00:00Z","intensity":8,"triggers":["LIFTING"],
                "locations":[{"region":"LOWER_BACK","intensity":8},{"region":"LEG_LEFT","intensity":6}],
                "medications":[{"name":"Ibuprofen","dose":800,"unit":"mg"}]""");
        // 01:30 CET 29 Mar, before the switch: NIGHT of the 29th
        log("""
                "recordedAt":"2026-03-29T00:30:00Z","intensity":5,"sleep":{"disrupted":true},
                "medications":[{"name":"Ibuprofen","dose":600,"unit":"mg"}]""");
        // 23:59 CEST 29 Mar, after the switch: EVENING of the 29th
        log("""
                "recordedAt":"2026-03-29T21:59:00Z","intensity":9,"triggers":["SITTING"],
                "medications":[{"name":"Ibuprofen","dose":800,"unit":"mg"}]""");
        // 00:00 CEST 30 Mar: NIGHT of the 30th
        log("""
                "recordedAt":"2026-03-29T22:00:00Z","intensity":2,"reliefMeasures":[{"measure":"WALKING","helped":3}],
                "sleep":{"disrupted":true}""");
        // 12:00 CEST 30 Mar, private: AFTERNOON of the 30th
        log("""
                "recordedAt":"2026-03-30T10:00:00Z","intensity":10,"triggers":["INTIMACY"],"private":true""");
        // Outside the window by a minute on each side
        log("\"recordedAt\":\"2026-03-26T22:59:00Z\",\"intensity\":10");
        log("\"recordedAt\":\"2026-03-30T22:00:00Z\",\"intensity\":10");
        // Deleted entries do not count
        String deleted = log("\"recordedAt\":\"2026-03-28T10:00:00Z\",\"intensity\":10");
        as(ownerToken).delete("/v1/patients/{p}/pain-logs/{id}", patientId, deleted).then().statusCode(204);
    }

    private String log(String fields) {
        return as(ownerToken).body("{" + fields + "}").post("/v1/patients/{p}/pain-logs", patientId)
                .then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse summary(String token) {
        return as(token).queryParam("from", "2026-03-27").queryParam("to", "2026-03-30")
                .get("/v1/patients/{p}/pain-logs/summary", patientId).then().statusCode(200);
    }

    @Test
    void ownerSeesEveryEntryInTheWindow() {
        summary(ownerToken)
                .body("timeZone", equalTo("Europe/Amsterdam"))
                .body("count", equalTo(7))
                .body("intensity.mean", equalTo(6.29f))
                .body("intensity.median", equalTo(6.0f))
                .body("intensity.max", equalTo(10))
                .body("severeDays", equalTo(3))
                .body("weeklyTrend.pointsPerWeek", equalTo(1.4f))
                .body("weeklyTrend.days", equalTo(4))
                .body("topTriggers.trigger", contains("SITTING", "INTIMACY", "LIFTING", "STRESS"))
                .body("topTriggers.count", contains(3, 1, 1, 1))
                .body("topLocations.region", contains("LOWER_BACK", "LEG_LEFT"))
                .body("topLocations.count", contains(2, 1))
                .body("topLocations.meanIntensity", contains(6.0f, 6.0f))
                .body("reliefMeasures.measure", contains("HEAT", "WALKING"))
                .body("reliefMeasures.timesUsed", contains(2, 1))
                .body("reliefMeasures.meanHelped", contains(7.0f, 3.0f))
                .body("disruptedSleepNights", equalTo(3))
                .body("byTimeOfDay.period", contains("NIGHT", "MORNING", "AFTERNOON", "EVENING"))
                .body("byTimeOfDay.count", contains(3, 1, 1, 2))
                .body("byTimeOfDay.meanIntensity", contains(5.0f, 4.0f, 10.0f, 7.5f))
                .body("medicationByDay.date", contains("2026-03-27", "2026-03-28", "2026-03-29"))
                .body("medicationByDay.name", contains("Ibuprofen", "Ibuprofen", "Ibuprofen"))
                .body("medicationByDay.taken", contains(800, 800, 1400))
                .body("medicationByDay.prescribedMax", contains(1200, 1200, 1200))
                .body("medicationByDay.aboveMaximum", contains(false, false, true));
    }

    @Test
    void partnerNumbersLeaveThePrivateEntryOut() {
        summary(partnerToken)
                .body("count", equalTo(6))
                .body("intensity.mean", equalTo(5.67f))
                .body("intensity.median", equalTo(5.5f))
                .body("intensity.max", equalTo(9))
                .body("severeDays", equalTo(2))
                .body("weeklyTrend.pointsPerWeek", equalTo(-7.0f))
                .body("topTriggers.trigger", not(hasItem("INTIMACY")))
                .body("byTimeOfDay.count", contains(3, 1, 0, 2))
                .body("byTimeOfDay[2].meanIntensity", nullValue());
    }

    @Test
    void editsAndDeletionsMoveTheCounters() {
        String added = log("\"recordedAt\":\"2026-03-28T10:00:00Z\",\"intensity\":3,\"triggers\":[\"WEATHER\"]");
        summary(ownerToken).body("count", equalTo(8)).body("topTriggers.trigger", hasItem("WEATHER"));
        as(ownerToken).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"triggers\":[\"STRESS\"],\"private\":true}")
                .patch("/v1/patients/{p}/pain-logs/{id}", patientId, added).then().statusCode(200);
        summary(ownerToken).body("count", equalTo(8)).body("topTriggers.trigger", not(hasItem("WEATHER")))
                .body("topTriggers.count", contains(3, 2, 1, 1));
        summary(partnerToken).body("count", equalTo(6));
        as(ownerToken).delete("/v1/patients/{p}/pain-logs/{id}", patientId, added).then().statusCode(204);
        summary(ownerToken).body("count", equalTo(7)).body("topTriggers.count", contains(3, 1, 1, 1));
    }

    @Test
    void aNewTimeZoneCountsTheDaysAgain() {
        as(ownerToken).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"timeZone\":\"UTC\"}").patch("/v1/patients/{p}", patientId).then().statusCode(200);
        // In UTC the window 27-30 March gains the entry of 22:00 UTC on the 30th, and the one of 23:00 UTC on
        // the 27th moves back from the 28th.
        summary(ownerToken).body("timeZone", equalTo("UTC")).body("count", equalTo(8))
                .body("medicationByDay.date", contains("2026-03-27", "2026-03-29"))
                .body("medicationByDay.taken", contains(1600, 1400));
    }

    @Test
    void aDayLeftWithoutEntriesKeepsNoRows() {
        String only = log("""
                "recordedAt":"2026-04-02T10:00:00Z","intensity":3,
                "medications":[{"name":"Ibuprofen","dose":400,"unit":"mg"}]""");
        assertEquals(List.of(1L, 1L), dayRows("2026-04-02"));
        as(ownerToken).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"medications\":[]}").patch("/v1/patients/{p}/pain-logs/{id}", patientId, only)
                .then().statusCode(200);
        assertEquals(List.of(1L, 0L), dayRows("2026-04-02"));
        as(ownerToken).delete("/v1/patients/{p}/pain-logs/{id}", patientId, only).then().statusCode(204);
        assertEquals(List.of(0L, 0L), dayRows("2026-04-02"));
        as(ownerToken).queryParam("from", "2026-04-02").queryParam("to", "2026-04-02")
                .get("/v1/patients/{p}/pain-logs/summary", patientId).then().statusCode(200)
                .body("count", equalTo(0)).body("medicationByDay", hasSize(0));
    }

    /** The day's rows in pain_day and in pain_day_medication. */
    private List<Long> dayRows(String day) {
        return Stream.of("pain_day", "pain_day_medication").map(table -> ((Number) em.createNativeQuery(
                        "select count(*) from " + table + " where patient_id = ?1 and local_day = ?2")
                .setParameter(1, UUID.fromString(patientId)).setParameter(2, LocalDate.parse(day))
                .getSingleResult()).longValue()).toList();
    }

    @Test
    void emptyWindowHasZeroesNotErrors() {
        as(ownerToken).queryParam("from", "2025-01-01").queryParam("to", "2025-01-31")
                .get("/v1/patients/{p}/pain-logs/summary", patientId).then().statusCode(200)
                .body("count", equalTo(0))
                .body("intensity", nullValue())
                .body("weeklyTrend", nullValue())
                .body("topTriggers", hasSize(0))
                .body("medicationByDay", hasSize(0));
    }

    @Test
    void windowIsValidated() {
        Api.raw().header("Authorization", "Bearer " + ownerToken)
                .queryParam("from", "2026-03-30").queryParam("to", "2026-03-27")
                .get("/v1/patients/{p}/pain-logs/summary", patientId).then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        Api.raw().header("Authorization", "Bearer " + ownerToken)
                .queryParam("from", "2024-01-01").queryParam("to", "2026-03-27")
                .get("/v1/patients/{p}/pain-logs/summary", patientId).then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        Api.raw().header("Authorization", "Bearer " + ownerToken).queryParam("from", "27-03-2026")
                .get("/v1/patients/{p}/pain-logs/summary", patientId).then().statusCode(400);
    }
}
