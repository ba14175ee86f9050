package org.backcare.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/**
 * With budgets that may be owed, most charges are made on the event loop: answers still say
 * exactly what is left, and the budget still runs out at its size on one replica.
 */
@QuarkusTest
@TestProfile(LocalChargeTest.OwedBudgets.class)
class LocalChargeTest {

    public static class OwedBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backcare.rate-limits.per-user", "30/PT1H", "backcare.rate-limits.unsettled-requests", "3",
                    "backcare.rate-limits.settle-every", "PT1H");
        }
    }

    @Test
    void everyAnswerSaysWhatIsLeftAndTheBudgetRunsOutAtItsSize() {
        String token = Api.token("owed-" + UUID.randomUUID(), "patient");
        for (int left = 29; left >= 0; left--) {
            given().header("Authorization", "Bearer " + token).get("/v1/me").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"user\";q=30;w=3600"))
                    .header("RateLimit", startsWith("\"user\";r=" + left + ";t="));
        }
        given().header("Authorization", "Bearer " + token).get("/v1/me").then().statusCode(429)
                .contentType("application/problem+json").header("RateLimit", startsWith("\"user\";r=0;"));
    }

    @Test
    void anUnknownOrForgedTokenIsStillChargedToItsAddress() {
        String forged = Api.token("forged-" + UUID.randomUUID(), "patient") + "x";
        given().header("Authorization", "Bearer " + forged).get("/v1/me").then().statusCode(401)
                .header("RateLimit-Policy", startsWith("\"address\";"));
    }
}
