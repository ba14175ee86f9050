package org.backcare.access;

import static org.backcare.support.Api.as;

import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.partnerplan.PlanBodies;
import org.backcare.support.Api;

/**
 * One patient holding one of each kind of data, and one caller of each kind that matters to the
 * visibility rule. Built once and only read afterwards, so every cell of the matrix shares it.
 */
final class VisibilityWorld {

    /** The kinds of data; each leaves recognisable marks (ids, words) wherever it shows. */
    enum Data { PUBLIC_ENTRY, PRIVATE_ENTRY, SCREENING_FROM_PUBLIC, SCREENING_FROM_PRIVATE, STORED_SCREENING, SESSION, OUTCOME }

    enum Caller {
        OWNER("patient"),
        PARTNER_ALL("partner", "pain-logs:read", "screenings:read", "plans:read", "plans:write", "exercise-sessions:read",
                "fhir:export", "outcomes:read"),
        PARTNER_DIARY("partner", "pain-logs:read", "plans:read", "plans:write"),
        PARTNER_EXPORT("partner", "plans:read", "exercise-sessions:read", "fhir:export"),
        CLINICIAN("clinician", "pain-logs:read", "screenings:read", "exercise-sessions:read", "fhir:export",
                "outcomes:read"),
        CLINICIAN_NO_SCREENINGS("clinician", "pain-logs:read", "exercise-sessions:read", "fhir:export"),
        STRANGER("patient"),
        CURATOR("curator");

        final String role;
        final List<String> scopes;

        Caller(String role, String... scopes) {
            this.role = role;
            this.scopes = List.of(scopes);
        }

        boolean isGrantee() {
            return !scopes.isEmpty();
        }
    }

    private static VisibilityWorld instance;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String patientId;
    final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    final Map<Caller, String> plans = new EnumMap<>(Caller.class);
    final Map<Caller, String> webhooks = new EnumMap<>(Caller.class);
    final Map<Data, List<String>> marks = new EnumMap<>(Data.class);

    static synchronized VisibilityWorld get() {
        if (instance == null) {
            instance = new VisibilityWorld();
        }
        return instance;
    }

    private VisibilityWorld() {
        for (Caller caller : Caller.values()) {
            tokens.put(caller, Api.token(subject(caller), caller.role));
        }
        String owner = tokens.get(Caller.OWNER);
        patientId = as(owner).body("{\"displayName\":\"Vis " + tag + "\",\"birthYear\":1970}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
        for (Caller caller : Caller.values()) {
            if (caller.isGrantee()) {
                Api.grant(owner, patientId, subject(caller), caller.role.equals("partner") ? "PARTNER" : "CLINICIAN",
                        caller.scopes.toArray(String[]::new));
            }
        }
        for (Caller clinic : List.of(Caller.CLINICIAN, Caller.CLINICIAN_NO_SCREENINGS)) {
            webhooks.put(clinic, as(tokens.get(clinic)).body("{\"url\":\"http://127.0.0.1:9/hook\","
                    + "\"events\":[\"screening.emergency\",\"screening.urgent\"]}")
                    .post("/v1/webhooks").then().statusCode(201).extract().path("id"));
        }
        for (Caller partner : List.of(Caller.PARTNER_ALL, Caller.PARTNER_DIARY, Caller.PARTNER_EXPORT)) {
            plans.put(partner, as(owner).body(PlanBodies.plan(subject(partner)))
                    .post("/v1/patients/{id}/partner-plans", patientId).then().statusCode(201).extract().path("id"));
        }
        Instant recent = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        entry(Data.PUBLIC_ENTRY, Data.SCREENING_FROM_PUBLIC, false, "FEVER", recent);
        entry(Data.PRIVATE_ENTRY, Data.SCREENING_FROM_PRIVATE, true, "SADDLE_NUMBNESS", recent.plusSeconds(60));
        String stored = as(owner).body("{\"answers\":{\"NIGHT_PAIN\":true}}")
                .post("/v1/patients/{id}/screenings", patientId).then().statusCode(201).extract().path("id");
        marks.put(Data.STORED_SCREENING, List.of(stored));
        String session = as(owner).body("{\"exerciseSlug\":\"walking\",\"performedAt\":\"" + recent
                + "\",\"durationMinutes\":10,\"painBefore\":5,\"painAfter\":4,\"withPartner\":true}")
                .post("/v1/patients/{id}/exercise-sessions", patientId).then().statusCode(201).extract().path("id");
        marks.put(Data.SESSION, List.of(session));
        String outcome = as(owner).body("{\"instrument\":\"PEG\",\"completedAt\":\"" + recent
                + "\",\"answers\":{\"P\":6,\"E\":5,\"G\":4}}")
                .post("/v1/patients/{id}/outcomes", patientId).then().statusCode(201).extract().path("id");
        marks.put(Data.OUTCOME, List.of(outcome));
    }

    /** An entry with a red-flag symptom (so a screening is made from it), a note and a medication of its own. */
    private void entry(Data entry, Data screening, boolean isPrivate, String symptom, Instant at) {
        String word = (isPrivate ? "private" : "public");
        var created = as(tokens.get(Caller.OWNER)).body("{\"recordedAt\":\"" + at + "\",\"intensity\":6,"
                        + "\"symptoms\":[\"" + symptom + "\"],\"notes\":\"" + word + "-note-" + tag + "\","
                        + "\"medications\":[{\"name\":\"" + word + "med" + tag + "\",\"dose\":5000,\"unit\":\"mg\"}],"
                        + "\"private\":" + isPrivate + "}")
                .post("/v1/patients/{id}/pain-logs", patientId).then().statusCode(201).extract();
        String id = created.path("id");
        String screeningId = created.path("redFlag.screeningId");
        marks.put(entry, List.of(id, word + "-note-" + tag, word + "med" + tag));
        marks.put(screening, List.of(screeningId));
    }

    String subject(Caller caller) {
        return caller.name().toLowerCase() + "-" + tag;
    }

    /** The caller's plan, or a plan they are not part of (the one all-scopes partner shares). */
    String planFor(Caller caller) {
        return plans.getOrDefault(caller, plans.get(Caller.PARTNER_ALL));
    }

    /** The caller's own webhook, or another clinic's. */
    String webhookFor(Caller caller) {
        return webhooks.getOrDefault(caller, webhooks.get(Caller.CLINICIAN));
    }

    String id(Data data) {
        return marks.get(data).get(0);
    }

    RequestSpecification call(Caller caller) {
        return Api.raw().header("Authorization", "Bearer " + tokens.get(caller));
    }
}
