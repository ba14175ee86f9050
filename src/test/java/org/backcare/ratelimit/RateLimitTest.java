package org.backcare.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Budgets run out, say so in headers, refuse with 429 and Retry-After, and refill. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest {

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backcare.rate-limits.per-user", "5/PT2S", "backcare.rate-limits.per-client", "7/PT10S",
                    "backcare.rate-limits.dev-tokens", "40/PT1H", "backcare.rate-limits.invitation-accept-per-code",
                    "5/PT15M", "backcare.rate-limits.unsettled-requests", "0");
        }
    }

    private static Response me(String token) {
        return given().header("Authorization", "Bearer " + token).get("/v1/me");
    }

    @Test
    void aUsersBudgetRunsOutIsRefusedWithRetryAfterAndRefills() throws InterruptedException {
        String token = Api.token("budget-" + UUID.randomUUID(), "patient");
        for (int left = 4; left >= 0; left--) {
            me(token).then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"user\";q=5;w=2"))
                    .header("RateLimit", startsWith("\"user\";r=" + left + ";t="));
        }
        Response refused = me(token);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://backcare.dev/problems/too-many-requests"))
                .body("instance", equalTo("/v1/me"))
                .header("RateLimit-Policy", equalTo("\"user\";q=5;w=2"))
                .header("RateLimit", startsWith("\"user\";r=0;"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        Thread.sleep(retryAfter * 1000 + 100);
        me(token).then().statusCode(200);
    }

    @Test
    void aClientAppsBudgetIsSharedByItsUsers() {
        String first = appToken("app-user-1-" + UUID.randomUUID());
        String second = appToken("app-user-2-" + UUID.randomUUID());
        for (int i = 0; i < 4; i++) {
            me(first).then().statusCode(200);
        }
        for (int i = 0; i < 3; i++) {
            me(second).then().statusCode(200);
        }
        me(second).then().statusCode(429).header("RateLimit-Policy", startsWith("\"client\";q=7"));
    }

    @Test
    void oneInvitationCodeCannotBeTriedMoreThanItsBudgetWhoeverTriesIt() {
        String owner = Api.token("code-owner-" + UUID.randomUUID(), "patient");
        String patient = Api.createPatient(owner, "Codes");
        String code = Api.as(owner).body("{\"relationship\":\"PARTNER\",\"scopes\":[\"plans:read\"]}")
                .post("/v1/patients/{id}/invitations", patient).then().statusCode(201).extract().path("code");
        for (int i = 0; i < 5; i++) {   // a clinician may not take a partner's invitation: 403, and it counts
            given().header("Authorization", "Bearer " + Api.token("guess-" + UUID.randomUUID(), "clinician"))
                    .contentType("application/json").body("{\"code\":\"" + code + "\"}")
                    .post("/v1/invitations/accept").then().statusCode(403);
        }
        given().header("Authorization", "Bearer " + Api.token("late-" + UUID.randomUUID(), "partner"))
                .contentType("application/json").body("{\"code\":\"" + code + "\"}")
                .post("/v1/invitations/accept").then().statusCode(429)
                .header("RateLimit-Policy", startsWith("\"invitation-code\""))
                .body("detail", containsString("tried too often"));
    }

    /** Runs last: it spends this address's development-token budget for the hour. */
    @Test
    @Order(Integer.MAX_VALUE)
    void developmentTokensRunOutPerAddressWhileHealthIsNeverCharged() {
        Response refused = null;
        for (int i = 0; i < 41 && refused == null; i++) {
            Response minted = given().contentType("application/json")
                    .body("{\"subject\":\"mint-" + i + "\",\"roles\":[\"patient\"]}").post("/dev/tokens");
            if (minted.statusCode() == 429) {
                refused = minted;
            } else {
                minted.then().statusCode(200).header("RateLimit-Policy", equalTo("\"dev-tokens\";q=40;w=3600"));
            }
        }
        assertTrue(refused != null, "40 development tokens an hour per address");
        refused.then().contentType("application/problem+json").header("Retry-After", notNullValue())
                .header("RateLimit", startsWith("\"dev-tokens\";r=0;"));
        for (int i = 0; i < 50; i++) {
            given().get("/q/health/live").then().statusCode(200).header("RateLimit", nullValue());
        }
    }

    private static String appToken(String subject) {
        return Api.signedPatient(subject).claim("azp", "budget-app").sign();
    }
}
