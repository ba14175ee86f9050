package org.backcare.report;

import static org.backcare.support.Api.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import org.backcare.support.Api;

/**
 * Six weeks of a diary with everything a report shows: pain that eases, regions, triggers, relief,
 * doses (some days above the maximum), private entries (one with a red flag), screenings, sessions
 * and a partner plan with check-ins and a goal reached. Deterministic: the same figures every run.
 */
final class ReportFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int DAYS = 42;
    private static final String[] REGIONS = {"LOWER_BACK", "LEG_LEFT", "BUTTOCK_LEFT", "NECK", "HIP_RIGHT"};
    private static final String[] TRIGGERS = {"SITTING", "LIFTING", "BENDING", "STRESS", "TWISTING"};
    private static final String[] RELIEF = {"HEAT", "WALKING", "STRETCHING", "REST"};

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String ownerToken = Api.token("report-owner-" + tag, "patient");
    final String partnerSubject = "report-partner-" + tag;
    final String partnerToken = Api.token(partnerSubject, "partner");
    final String clinicianToken = Api.token("report-clinician-" + tag, "clinician");
    final String narrowToken = Api.token("report-narrow-" + tag, "partner");
    final String patientId;
    final String privateNote = "private-note-" + tag;
    final String publicNote = "public-note-" + tag;
    final String privateMedication = "Tramadol" + tag;
    final String privateScreeningId;
    final String publicScreeningId;
    final LocalDate to = LocalDate.now(ZONE);
    final LocalDate from = to.minusDays(DAYS);

    ReportFixture() {
        patientId = as(ownerToken).body("{\"displayName\":\"Alex Report\",\"birthYear\":1968,\"condition\":\"SCIATICA\","
                + "\"painOnsetDate\":\"" + to.minusWeeks(20) + "\",\"timeZone\":\"" + ZONE.getId() + "\","
                + "\"medications\":[{\"name\":\"Ibuprofen\",\"maxDailyDose\":1200,\"unit\":\"mg\"}]}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
        Api.grant(ownerToken, patientId, partnerSubject, "PARTNER", "pain-logs:read", "screenings:read", "plans:read", "plans:write",
                "exercise-sessions:read");
        Api.grant(ownerToken, patientId, "report-clinician-" + tag, "CLINICIAN", "pain-logs:read", "screenings:read",
                "exercise-sessions:read", "outcomes:read");
        Api.grant(ownerToken, patientId, "report-narrow-" + tag, "PARTNER", "plans:read");
        Random random = new Random(42);
        for (int ago = DAYS; ago >= 1; ago--) {
            LocalDate day = to.minusDays(ago);
            for (int hour : new int[] {8, 14, 21}) {
                log(day, hour, random, ago);
            }
        }
        // Private: a region, a trigger, a relief measure and a medication logged nowhere else.
        log("{\"recordedAt\":\"" + at(to.minusDays(3), 10) + "\",\"intensity\":8,\"locations\":[{\"region\":\"GROIN\"}],"
                + "\"triggers\":[\"INTIMACY\"],\"reliefMeasures\":[{\"measure\":\"MASSAGE\",\"helped\":9}],"
                + "\"medications\":[{\"name\":\"" + privateMedication + "\",\"dose\":50,\"unit\":\"mg\"}],"
                + "\"notes\":\"" + privateNote + "\",\"private\":true}");
        privateScreeningId = as(ownerToken).body("{\"recordedAt\":\"" + at(to.minusDays(2), 10) + "\",\"intensity\":9,"
                + "\"symptoms\":[\"SADDLE_NUMBNESS\"],\"private\":true}")
                .post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(201).extract().path("redFlag.screeningId");
        publicScreeningId = as(ownerToken).body("{\"answers\":{\"FEVER\":true}}")
                .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201).extract().path("id");
        as(ownerToken).body("{\"careSought\":\"GP\"}")
                .post("/v1/patients/{p}/screenings/{s}/resolution", patientId, publicScreeningId).then().statusCode(201);
        for (int ago = 20; ago >= 2; ago -= 6) {
            as(ownerToken).body("{\"exerciseSlug\":\"walking\",\"performedAt\":\"" + at(to.minusDays(ago), 17)
                    + "\",\"durationMinutes\":25,\"painBefore\":6,\"painAfter\":4,\"withPartner\":" + (ago % 4 == 0) + "}")
                    .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(201);
        }
        String plan = as(ownerToken).body(org.backcare.partnerplan.PlanBodies.plan(partnerSubject))
                .post("/v1/patients/{id}/partner-plans", patientId).then().statusCode(201).extract().path("id");
        as(partnerToken).body("{\"whatIsWorking\":\"walks\"}")
                .post("/v1/patients/{id}/partner-plans/{plan}/check-ins", patientId, plan).then().statusCode(201);
        // A weekly PEG easing from 6.67 to 3.33, and one PHQ-2 (positive) and GAD-2 (negative) near the end.
        int[][] pegs = {{7, 7, 6}, {7, 6, 6}, {6, 6, 5}, {5, 5, 5}, {5, 4, 4}, {4, 3, 3}};
        for (int week = 0; week < pegs.length; week++) {
            outcome("PEG", to.minusDays(36 - 7L * week), "{\"P\":" + pegs[week][0] + ",\"E\":" + pegs[week][1]
                    + ",\"G\":" + pegs[week][2] + "}");
        }
        outcome("PHQ-2", to.minusDays(3), "{\"PHQ2-1\":2,\"PHQ2-2\":2}");
        outcome("GAD-2", to.minusDays(3), "{\"GAD2-1\":1,\"GAD2-2\":0}");
    }

    private void outcome(String instrument, LocalDate day, String answers) {
        as(ownerToken).body("{\"instrument\":\"" + instrument + "\",\"completedAt\":\"" + at(day, 19)
                + "\",\"answers\":" + answers + "}").post("/v1/patients/{p}/outcomes", patientId).then().statusCode(201);
    }

    private void log(LocalDate day, int hour, Random random, int ago) {
        int base = 3 + ago / 8;   // eases over the weeks
        int intensity = Math.min(10, Math.max(0, base + random.nextInt(4) - 1 + (hour == 21 ? 1 : 0)));
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String trigger = TRIGGERS[random.nextInt(TRIGGERS.length)];
        String relief = RELIEF[random.nextInt(RELIEF.length)];
        int dose = hour == 21 && ago % 5 == 0 ? 800 : 400;   // some days 1,600 mg: above the maximum
        log("{\"recordedAt\":\"" + at(day, hour) + "\",\"intensity\":" + intensity + ","
                + "\"locations\":[{\"region\":\"" + region + "\"" + (random.nextBoolean() ? ",\"intensity\":"
                + Math.max(0, intensity - 1) : "") + "}],\"qualities\":[\"DULL\"],\"triggers\":[\"" + trigger + "\"],"
                + "\"interference\":" + Math.max(0, intensity - 1) + ",\"mood\":" + (10 - intensity) + ","
                + "\"sleep\":{\"hours\":" + (5 + random.nextInt(4)) + ",\"disrupted\":" + (intensity >= 7) + "},"
                + "\"medications\":[{\"name\":\"Ibuprofen\",\"dose\":" + dose + ",\"unit\":\"mg\"}],"
                + "\"reliefMeasures\":[{\"measure\":\"" + relief + "\",\"helped\":" + random.nextInt(8) + "}],"
                + "\"notes\":\"" + (ago == 5 && hour == 8 ? publicNote : "Day " + ago) + "\"}");
    }

    private void log(String body) {
        as(ownerToken).body(body).post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(201);
    }

    static String at(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), ZONE).withZoneSameInstant(ZoneOffset.UTC).toInstant().toString();
    }
}
