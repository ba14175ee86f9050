package org.backcare.access;

import static org.backcare.access.VisibilityWorld.Caller.CLINICIAN;
import static org.backcare.access.VisibilityWorld.Caller.CLINICIAN_NO_SCREENINGS;
import static org.backcare.access.VisibilityWorld.Caller.CURATOR;
import static org.backcare.access.VisibilityWorld.Caller.OWNER;
import static org.backcare.access.VisibilityWorld.Caller.PARTNER_ALL;
import static org.backcare.access.VisibilityWorld.Caller.PARTNER_DIARY;
import static org.backcare.access.VisibilityWorld.Caller.PARTNER_EXPORT;
import static org.backcare.access.VisibilityWorld.Caller.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backcare.access.VisibilityWorld.Caller;
import org.backcare.access.VisibilityWorld.Data;
import org.backcare.support.PdfText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read route that can carry patient data, against every kind of caller, asserting what the
 * body holds: exactly which kinds of data show up (by their ids, notes and medication names) and,
 * on a refusal, that the problem names nothing beyond the request. A new route is one row.
 */
@QuarkusTest
class VisibilityMatrixTest {

    private static final Data PUB = Data.PUBLIC_ENTRY;
    private static final Data PRIV = Data.PRIVATE_ENTRY;
    private static final Data S_PUB = Data.SCREENING_FROM_PUBLIC;
    private static final Data S_PRIV = Data.SCREENING_FROM_PRIVATE;
    private static final Data S_Q = Data.STORED_SCREENING;
    private static final Data SES = Data.SESSION;
    private static final Data OUT = Data.OUTCOME;
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final List<Row> ROWS = List.of(
            row("getMe", (w, c) -> w.call(c).get("/v1/me"))
                    .sees(OWNER).sees(PARTNER_ALL).sees(PARTNER_DIARY).sees(PARTNER_EXPORT).sees(CLINICIAN)
                    .sees(CLINICIAN_NO_SCREENINGS).sees(STRANGER).sees(CURATOR),
            row("listGrantedPatients", (w, c) -> w.call(c).get("/v1/patients"))
                    .sees(OWNER).sees(PARTNER_ALL, S_PUB).sees(PARTNER_DIARY).sees(PARTNER_EXPORT)
                    .sees(CLINICIAN, S_PUB, S_PRIV).sees(CLINICIAN_NO_SCREENINGS).sees(STRANGER).sees(CURATOR),
            row("getPatient", (w, c) -> w.call(c).get("/v1/patients/{id}", w.patientId))
                    .sees(OWNER, S_PUB, S_PRIV).sees(PARTNER_ALL, S_PUB).sees(PARTNER_DIARY).sees(PARTNER_EXPORT)
                    .sees(CLINICIAN, S_PUB, S_PRIV).sees(CLINICIAN_NO_SCREENINGS).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            row("listPainLogs", (w, c) -> w.call(c).get("/v1/patients/{id}/pain-logs", w.patientId))
                    .sees(OWNER, PUB, PRIV, S_PUB, S_PRIV).sees(PARTNER_ALL, PUB, S_PUB).sees(PARTNER_DIARY, PUB)
                    .refused(PARTNER_EXPORT, 403).sees(CLINICIAN, PUB, PRIV, S_PUB, S_PRIV)
                    .sees(CLINICIAN_NO_SCREENINGS, PUB, PRIV).refused(STRANGER, 404).refused(CURATOR, 404),
            row("syncPainLogs", (w, c) -> w.call(c).queryParam("updatedSince", "2000-01-01T00:00:00Z")
                    .queryParam("includeDeleted", true).get("/v1/patients/{id}/pain-logs", w.patientId))
                    .sees(OWNER, PUB, PRIV, S_PUB, S_PRIV).sees(PARTNER_ALL, PUB, S_PUB).sees(PARTNER_DIARY, PUB)
                    .refused(PARTNER_EXPORT, 403).sees(CLINICIAN, PUB, PRIV, S_PUB, S_PRIV)
                    .sees(CLINICIAN_NO_SCREENINGS, PUB, PRIV).refused(STRANGER, 404).refused(CURATOR, 404),
            row("getPublicPainLog", (w, c) -> w.call(c).get("/v1/patients/{id}/pain-logs/{log}", w.patientId, w.id(PUB)))
                    .sees(OWNER, PUB, S_PUB).sees(PARTNER_ALL, PUB, S_PUB).sees(PARTNER_DIARY, PUB)
                    .refused(PARTNER_EXPORT, 403).sees(CLINICIAN, PUB, S_PUB).sees(CLINICIAN_NO_SCREENINGS, PUB)
                    .refused(STRANGER, 404).refused(CURATOR, 404),
            row("getPrivatePainLog", (w, c) -> w.call(c).get("/v1/patients/{id}/pain-logs/{log}", w.patientId,
                    w.id(PRIV)))
                    .sees(OWNER, PRIV, S_PRIV).refused(PARTNER_ALL, 404).refused(PARTNER_DIARY, 404)
                    .refused(PARTNER_EXPORT, 403).sees(CLINICIAN, PRIV, S_PRIV).sees(CLINICIAN_NO_SCREENINGS, PRIV)
                    .refused(STRANGER, 404).refused(CURATOR, 404),
            row("summarizePainLogs", (w, c) -> w.call(c).get("/v1/patients/{id}/pain-logs/summary", w.patientId))
                    .sees(OWNER, PUB, PRIV).sees(PARTNER_ALL, PUB).sees(PARTNER_DIARY, PUB).refused(PARTNER_EXPORT, 403)
                    .sees(CLINICIAN, PUB, PRIV).sees(CLINICIAN_NO_SCREENINGS, PUB, PRIV).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            // A screening names the entry it came from, so its id shows beside the screening's.
            row("listScreenings", (w, c) -> w.call(c).get("/v1/patients/{id}/screenings", w.patientId))
                    .sees(OWNER, S_PUB, S_PRIV, S_Q, PUB, PRIV).sees(PARTNER_ALL, S_PUB, S_Q, PUB)
                    .refused(PARTNER_DIARY, 403).refused(PARTNER_EXPORT, 403).sees(CLINICIAN, S_PUB, S_PRIV, S_Q, PUB, PRIV)
                    .refused(CLINICIAN_NO_SCREENINGS, 403).refused(STRANGER, 404).refused(CURATOR, 404),
            row("getScreeningFromPublicEntry", (w, c) -> w.call(c).get("/v1/patients/{id}/screenings/{s}", w.patientId,
                    w.id(S_PUB)))
                    .sees(OWNER, S_PUB, PUB).sees(PARTNER_ALL, S_PUB, PUB).refused(PARTNER_DIARY, 403)
                    .refused(PARTNER_EXPORT, 403).sees(CLINICIAN, S_PUB, PUB).refused(CLINICIAN_NO_SCREENINGS, 403)
                    .refused(STRANGER, 404).refused(CURATOR, 404),
            row("getScreeningFromPrivateEntry", (w, c) -> w.call(c).get("/v1/patients/{id}/screenings/{s}", w.patientId,
                    w.id(S_PRIV)))
                    .sees(OWNER, S_PRIV, PRIV).refused(PARTNER_ALL, 404).refused(PARTNER_DIARY, 403)
                    .refused(PARTNER_EXPORT, 403).sees(CLINICIAN, S_PRIV, PRIV).refused(CLINICIAN_NO_SCREENINGS, 403)
                    .refused(STRANGER, 404).refused(CURATOR, 404),
            row("getStoredScreening", (w, c) -> w.call(c).get("/v1/patients/{id}/screenings/{s}", w.patientId,
                    w.id(S_Q)))
                    .sees(OWNER, S_Q).sees(PARTNER_ALL, S_Q).refused(PARTNER_DIARY, 403).refused(PARTNER_EXPORT, 403)
                    .sees(CLINICIAN, S_Q).refused(CLINICIAN_NO_SCREENINGS, 403).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            // The newest open screening the reader may see leads; one they may not see pauses the plan, unnamed.
            row("getPlanToday", (w, c) -> w.call(c).get("/v1/partner-plans/{plan}/today", w.planFor(c)))
                    .sees(OWNER, S_PRIV).sees(PARTNER_ALL, S_PUB).sees(PARTNER_DIARY).sees(PARTNER_EXPORT)
                    .refused(CLINICIAN, 403).refused(CLINICIAN_NO_SCREENINGS, 403).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            row("recommendExercises", (w, c) -> w.call(c).get("/v1/patients/{id}/exercise-recommendations", w.patientId))
                    .sees(OWNER, S_PRIV).sees(PARTNER_ALL, S_PUB).refused(PARTNER_DIARY, 403).sees(PARTNER_EXPORT)
                    .sees(CLINICIAN, S_PRIV).sees(CLINICIAN_NO_SCREENINGS).refused(STRANGER, 404).refused(CURATOR, 404),
            row("listExerciseSessions", (w, c) -> w.call(c).get("/v1/patients/{id}/exercise-sessions", w.patientId))
                    .sees(OWNER, SES).sees(PARTNER_ALL, SES).refused(PARTNER_DIARY, 403).sees(PARTNER_EXPORT, SES)
                    .sees(CLINICIAN, SES).sees(CLINICIAN_NO_SCREENINGS, SES).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            row("getExerciseSession", (w, c) -> w.call(c).get("/v1/patients/{id}/exercise-sessions/{s}", w.patientId,
                    w.id(SES)))
                    .sees(OWNER, SES).sees(PARTNER_ALL, SES).refused(PARTNER_DIARY, 403).sees(PARTNER_EXPORT, SES)
                    .sees(CLINICIAN, SES).sees(CLINICIAN_NO_SCREENINGS, SES).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            row("listOutcomes", (w, c) -> w.call(c).get("/v1/patients/{id}/outcomes", w.patientId))
                    .sees(OWNER, OUT).sees(PARTNER_ALL, OUT).refused(PARTNER_DIARY, 403).refused(PARTNER_EXPORT, 403)
                    .sees(CLINICIAN, OUT).refused(CLINICIAN_NO_SCREENINGS, 403).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            row("getOutcome", (w, c) -> w.call(c).get("/v1/patients/{id}/outcomes/{o}", w.patientId, w.id(OUT)))
                    .sees(OWNER, OUT).sees(PARTNER_ALL, OUT).refused(PARTNER_DIARY, 403).refused(PARTNER_EXPORT, 403)
                    .sees(CLINICIAN, OUT).refused(CLINICIAN_NO_SCREENINGS, 403).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            // What is due names instruments and dates, never a result.
            row("getOutcomesDue", (w, c) -> w.call(c).get("/v1/patients/{id}/outcomes/due", w.patientId))
                    .sees(OWNER).sees(PARTNER_ALL).refused(PARTNER_DIARY, 403).refused(PARTNER_EXPORT, 403)
                    .sees(CLINICIAN).refused(CLINICIAN_NO_SCREENINGS, 403).refused(STRANGER, 404)
                    .refused(CURATOR, 404),
            // fhir:export is the format; each kind of record in the Bundle follows the reader's other scopes.
            row("exportFhir", (w, c) -> w.call(c).get("/v1/patients/{id}/fhir", w.patientId))
                    .sees(OWNER, PUB, PRIV, S_PUB, S_PRIV, S_Q, SES, OUT).sees(PARTNER_ALL, PUB, S_PUB, S_Q, SES, OUT)
                    .refused(PARTNER_DIARY, 403).sees(PARTNER_EXPORT, SES)
                    .sees(CLINICIAN, PUB, PRIV, S_PUB, S_PRIV, S_Q, SES, OUT)
                    .sees(CLINICIAN_NO_SCREENINGS, PUB, PRIV, SES).refused(STRANGER, 404).refused(CURATOR, 404),
            // Read as its text: a section follows the reader's scopes; sessions show as totals, never by id.
            row("getReport", (w, c) -> w.call(c).get("/v1/patients/{id}/report", w.patientId))
                    .sees(OWNER, PUB, PRIV, S_PUB, S_PRIV, S_Q).sees(PARTNER_ALL, PUB, S_PUB, S_Q).sees(PARTNER_DIARY, PUB)
                    .sees(PARTNER_EXPORT).sees(CLINICIAN, PUB, PRIV, S_PUB, S_PRIV, S_Q).sees(CLINICIAN_NO_SCREENINGS, PUB, PRIV)
                    .refused(STRANGER, 404).refused(CURATOR, 404),
            // Paths of what grantees read, in whatever order the matrix ran: the owner may see any of it.
            row("listAccessLog", (w, c) -> w.call(c).get("/v1/patients/{id}/access-log", w.patientId))
                    .mayShow(OWNER, Data.values()).refused(PARTNER_ALL, 403).refused(PARTNER_DIARY, 403)
                    .refused(PARTNER_EXPORT, 403).refused(CLINICIAN, 403).refused(CLINICIAN_NO_SCREENINGS, 403)
                    .refused(STRANGER, 404).refused(CURATOR, 404),
            // Outbox rows are written with the screening, for webhook owners who may see that screening.
            row("listWebhookDeliveries", (w, c) -> w.call(c).get("/v1/webhooks/{h}/deliveries", w.webhookFor(c)))
                    .refused(OWNER, 403).refused(PARTNER_ALL, 403).refused(PARTNER_DIARY, 403)
                    .refused(PARTNER_EXPORT, 403).sees(CLINICIAN, S_PUB, S_PRIV).sees(CLINICIAN_NO_SCREENINGS)
                    .refused(STRANGER, 403).refused(CURATOR, 403));

    static Stream<Arguments> cells() {
        return ROWS.stream().flatMap(row -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void showsExactlyWhatTheRuleAllows(Row row, Caller caller) {
        VisibilityWorld world = VisibilityWorld.get();
        Cell cell = row.cells.get(caller);
        Response response = row.call.apply(world, caller);
        String body = "application/pdf".equals(response.contentType()) ? PdfText.of(response.asByteArray())
                : response.asString();
        assertEquals(cell.status, response.statusCode(), body);
        if (cell.status >= 400) {
            namesNothingBeyondTheRequest(response);
            body = withoutTheRequestedIds(body, response.path("instance"));
        }
        for (Data data : Data.values()) {
            boolean shown = world.marks.get(data).stream().anyMatch(body::contains);
            if (cell.exact) {
                assertEquals(cell.data.contains(data), shown, data + (shown ? " shows" : " is missing") + " in " + body);
            } else {
                assertTrue(!shown || cell.data.contains(data), data + " shows in " + body);
            }
        }
    }

    /** What a refusal says once the ids the caller itself sent are taken out. */
    private static String withoutTheRequestedIds(String body, String instance) {
        Matcher ids = UUID.matcher(instance);
        String rest = body;
        while (ids.find()) {
            rest = rest.replace(ids.group(), "");
        }
        return rest;
    }

    /** A refusal may echo the ids the caller sent in the path, and no other. */
    private static void namesNothingBeyondTheRequest(Response response) {
        String instance = response.path("instance");
        Matcher ids = UUID.matcher(response.path("detail"));
        while (ids.find()) {
            assertTrue(instance.contains(ids.group()), "the problem names " + ids.group() + ": " + response.asString());
        }
    }

    private static Row row(String name, BiFunction<VisibilityWorld, Caller, Response> call) {
        return new Row(name, call, new EnumMap<>(Caller.class));
    }

    record Cell(int status, Set<Data> data, boolean exact) {
    }

    record Row(String name, BiFunction<VisibilityWorld, Caller, Response> call, Map<Caller, Cell> cells) {

        Row sees(Caller caller, Data... data) {
            return with(caller, new Cell(200, data.length == 0 ? EnumSet.noneOf(Data.class) : EnumSet.copyOf(List.of(data)),
                    true));
        }

        Row mayShow(Caller caller, Data... data) {
            return with(caller, new Cell(200, EnumSet.copyOf(List.of(data)), false));
        }

        Row refused(Caller caller, int status) {
            return with(caller, new Cell(status, EnumSet.noneOf(Data.class), true));
        }

        private Row with(Caller caller, Cell cell) {
            if (cells.put(caller, cell) != null) {
                throw new IllegalStateException(name + " states " + caller + " twice");
            }
            return this;
        }

        @Override
        public String toString() {
            if (cells.size() != Caller.values().length) {
                throw new IllegalStateException(name + " leaves callers out: every cell must be stated");
            }
            return name;
        }
    }
}
