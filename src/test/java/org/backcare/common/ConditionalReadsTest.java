package org.backcare.common;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.backcare.partnerplan.PlanBodies;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every single resource answers with a strong ETag, the one its create gave, and 304 to a matching If-None-Match. */
@QuarkusTest
class ConditionalReadsTest {

    enum Resource { PAIN_LOG, GRANT, INVITATION, SCREENING, SESSION, PLAN, CHECK_IN, EXERCISE, WEBHOOK }

    @ParameterizedTest
    @EnumSource(Resource.class)
    void readsCarryTheVersionAndAnswer304WhenUnchanged(Resource resource) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Api.token("cond-" + tag, "patient");
        String patient = "/v1/patients/" + Api.createPatient(owner, "Conditional");
        String partner = "cond-partner-" + tag;
        Api.grant(owner, patient.substring(13), partner, "PARTNER", "plans:read");
        String token = owner;
        var created = switch (resource) {
            case PAIN_LOG -> as(owner).body("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":3}")
                    .post(patient + "/pain-logs");
            case GRANT -> as(owner).body("{\"subject\":\"g-" + tag + "\",\"relationship\":\"CLINICIAN\","
                    + "\"scopes\":[\"pain-logs:read\"]}").post(patient + "/grants");
            case INVITATION -> as(owner).body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                    .post(patient + "/invitations");
            case SCREENING -> as(owner).body("{\"answers\":{\"NIGHT_PAIN\":true}}").post(patient + "/screenings");
            case SESSION -> as(owner).body("{\"exerciseSlug\":\"walking\",\"performedAt\":\"2026-11-01T08:00:00Z\","
                    + "\"durationMinutes\":10,\"painBefore\":5,\"painAfter\":4,\"withPartner\":false}")
                    .post(patient + "/exercise-sessions");
            case PLAN -> as(owner).body(PlanBodies.plan(partner)).post(patient + "/partner-plans");
            case CHECK_IN -> as(owner).body("{}").post(as(owner).body(PlanBodies.plan(partner))
                    .post(patient + "/partner-plans").then().statusCode(201).extract().header("Location")
                    .replaceFirst("^https?://[^/]+", "") + "/check-ins");
            case EXERCISE -> as(token = Api.token("cond-curator-" + tag, "curator"))
                    .body(org.backcare.exercise.ExerciseCatalogTestEntries.entry("cond-" + tag)).post("/v1/exercises");
            case WEBHOOK -> as(token = Api.token("cond-clinic-" + tag, "clinician")).body("{\"url\":\"http://127.0.0.1:9/h\","
                    + "\"events\":[\"screening.urgent\"]}")
                    .post("/v1/webhooks");
        };
        created.then().statusCode(201).header("ETag", matchesPattern("\"\\d+\""));
        String location = created.header("Location").replaceFirst("^https?://[^/]+", "");
        String etag = created.header("ETag");
        as(token).get(location).then().statusCode(200).header("ETag", equalTo(etag));
        as(token).header("If-None-Match", etag).get(location).then().statusCode(304).body(emptyOrNullString());
        as(token).header("If-None-Match", "\"999\"").get(location).then().statusCode(200);
    }

    @Test
    void theProfileToo() {
        String owner = Api.token("cond-" + UUID.randomUUID(), "patient");
        String location = as(owner).body("{\"displayName\":\"Me\"}").post("/v1/patients").then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        as(owner).header("If-None-Match", "\"1\"").get(location).then().statusCode(304);
    }
}
