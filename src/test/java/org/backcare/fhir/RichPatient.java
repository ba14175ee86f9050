package org.backcare.fhir;

import static org.backcare.support.Api.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.backcare.support.Api;

/** A patient with every field filled: full and private diary entries, several screenings, a session. */
final class RichPatient {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String ownerToken = Api.token("fhir-owner-" + tag, "patient");
    final String clinicianToken = Api.token("fhir-clinician-" + tag, "clinician");
    final String exportingPartnerToken = Api.token("fhir-partner-" + tag, "partner");
    final String patientId;
    final String fullLogId;
    final String privateLogId;
    final String urgentScreeningId;
    final String pegId;
    final String positivePhq2Id;
    final String gad2Id;
    final int screenings = 4;
    final LocalDate to = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    final LocalDate from = to.minusDays(60);

    RichPatient() {
        patientId = as(ownerToken).body("{\"displayName\":\"Rich " + tag + "\",\"birthYear\":1961,"
                + "\"condition\":\"SCIATICA\",\"painOnsetDate\":\"" + LocalDate.now().minusWeeks(10) + "\","
                + "\"timeZone\":\"Europe/Amsterdam\","
                + "\"medications\":[{\"name\":\"Ibuprofen\",\"maxDailyDose\":1200,\"unit\":\"mg\"}]}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
        // fhir:export is the format; what goes in it follows the other scopes.
        Api.grant(ownerToken, patientId, "fhir-clinician-" + tag, "CLINICIAN", "fhir:export", "pain-logs:read",
                "screenings:read", "exercise-sessions:read", "outcomes:read");
        Api.grant(ownerToken, patientId, "fhir-partner-" + tag, "PARTNER", "fhir:export", "pain-logs:read");

        fullLogId = log("{\"recordedAt\":\"" + ago(3) + "\",\"intensity\":7,"
                + "\"locations\":[{\"region\":\"LOWER_BACK\",\"intensity\":6},{\"region\":\"LEG_LEFT\",\"intensity\":8},"
                + "{\"region\":\"BUTTOCK_RIGHT\"}],"
                + "\"qualities\":[\"DULL\",\"ACHING\",\"SHARP\",\"PIERCING\",\"BURNING\",\"SHOOTING\",\"STABBING\","
                + "\"THROBBING\",\"TINGLING\",\"NUMB\"],\"pattern\":\"CONSTANT\",\"radiatesToLeg\":true,"
                + "\"triggers\":[\"SITTING\",\"LIFTING\"],\"interference\":6,\"mood\":4,\"stress\":7,"
                + "\"sleep\":{\"hours\":5.5,\"disrupted\":true},"
                + "\"medications\":[{\"name\":\"Ibuprofen\",\"dose\":400,\"unit\":\"mg\"}],"
                + "\"reliefMeasures\":[{\"measure\":\"HEAT\",\"helped\":6}],"
                + "\"notes\":\"Worse after the drive \\\"home\\\" <b>today</b>\",\"private\":false}");
        privateLogId = log("{\"recordedAt\":\"" + ago(2) + "\",\"intensity\":4,\"locations\":[{\"region\":\"NECK\"}],"
                + "\"qualities\":[\"DULL\"],\"private\":true}");
        log("{\"recordedAt\":\"" + ago(1) + "\",\"intensity\":9,\"locations\":[{\"region\":\"LOWER_BACK\"}],"
                + "\"symptoms\":[\"SADDLE_NUMBNESS\"]}");   // screened at once: EMERGENCY, incomplete
        log("{\"recordedAt\":\"" + ago(0) + "\",\"intensity\":0}");

        urgentScreeningId = screening("{\"answers\":{\"CANCER_HISTORY\":true,\"PAIN_ONSET\":\"SUDDENLY\"}}");
        as(ownerToken).body("{\"careSought\":\"GP\",\"note\":\"Bloods normal\"}")
                .post("/v1/patients/{p}/screenings/{s}/resolution", patientId, urgentScreeningId).then().statusCode(201);
        screening("{\"answers\":{\"FEVER\":false,\"AGE\":64.5,\"PAIN_DURATION_WEEKS\":10}}");
        screening("{\"answers\":{\"SADDLE_NUMBNESS\":true}}");

        as(ownerToken).body("{\"exerciseSlug\":\"walking\",\"performedAt\":\"" + ago(2) + "\",\"durationMinutes\":20,"
                + "\"painBefore\":6,\"painAfter\":4,\"withPartner\":true,\"notes\":\"Around the park\"}")
                .post("/v1/patients/{p}/exercise-sessions", patientId).then().statusCode(201);

        pegId = outcome("PEG", ago(3), "{\"P\":6,\"E\":7,\"G\":4}");
        positivePhq2Id = outcome("PHQ-2", ago(3), "{\"PHQ2-1\":2,\"PHQ2-2\":1}");
        gad2Id = outcome("GAD-2", ago(3), "{\"GAD2-1\":0,\"GAD2-2\":1}");
    }

    private String outcome(String instrument, String at, String answers) {
        return as(ownerToken).body("{\"instrument\":\"" + instrument + "\",\"completedAt\":\"" + at
                + "\",\"answers\":" + answers + "}").post("/v1/patients/{p}/outcomes", patientId).then()
                .statusCode(201).extract().path("id");
    }

    private String log(String body) {
        return as(ownerToken).body(body).post("/v1/patients/{p}/pain-logs", patientId).then().statusCode(201)
                .extract().path("id");
    }

    private String screening(String body) {
        return as(ownerToken).body(body).post("/v1/patients/{p}/screenings", patientId).then().statusCode(201)
                .extract().path("id");
    }

    private static String ago(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }
}
