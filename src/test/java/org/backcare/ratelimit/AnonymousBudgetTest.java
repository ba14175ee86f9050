package org.backcare.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.backcare.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer says what budget is left, those given before a resource is reached too: a request
 * without a valid token is charged to its address (and refused with 429 past that budget), one
 * with a token to its user, whatever the answer. Tokens are signed here, not minted over HTTP, so
 * that only the requests under test spend an address's budget.
 */
@QuarkusTest
@TestProfile(AnonymousBudgetTest.SmallAddressBudget.class)
class AnonymousBudgetTest {

    private static final String ADDRESS_POLICY = "\"address\";q=6;w=3600";

    public static class SmallAddressBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Each test comes from an address of its own: loopback stands in for a trusted proxy that
            // sets X-Forwarded-For (production trusts no proxy unless configured to).
            return Map.of("backcare.rate-limits.anonymous", "6/PT1H", "backcare.rate-limits.per-user", "1000/PT24H",
                    "backcare.rate-limits.unsettled-requests", "0", "quarkus.http.proxy.proxy-address-forwarding",
                    "true", "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private String address;

    @BeforeEach
    void anAddressOfItsOwn() {
        address = freshAddress();
    }

    /** Random, as the database (in memory, kept for the JVM's life) may hold budgets of an earlier run. */
    private static String freshAddress() {
        int random = ThreadLocalRandom.current().nextInt(1 << 24);
        return "10." + (random >> 16) + "." + (random >> 8 & 0xff) + "." + (random & 0xff);
    }

    private RequestSpecification anonymous() {
        return given().header("X-Forwarded-For", address);
    }

    private static String token(String subject) {
        return Api.signedPatient(subject).sign();
    }

    private RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    @Test
    void answersWithoutAValidTokenSpendTheirAddressBudgetAndSaySo() {
        anonymous().get("/v1/me").then().statusCode(401)
                .header("RateLimit-Policy", equalTo(ADDRESS_POLICY)).header("RateLimit", startsWith("\"address\";r=5;"));
        as(Api.tampered(token("tampered-" + UUID.randomUUID()))).get("/v1/me").then().statusCode(401)
                .header("RateLimit", startsWith("\"address\";r=4;"));
        anonymous().get("/v1/nothing-is-here").then().statusCode(404)
                .header("RateLimit", startsWith("\"address\";r=3;"));
        anonymous().get("/v1/patients/" + "a".repeat(5000)).then().statusCode(414)
                .header("RateLimit", startsWith("\"address\";r=2;"));
        anonymous().header("X-Padding", "p".repeat(20_000)).get("/v1/me").then().statusCode(431)
                .header("RateLimit", startsWith("\"address\";r=1;"));
    }

    @Test
    void aFloodWithoutTokensIsRefusedWhileAUserAtTheSameAddressAndOtherAddressesAreServed() {
        for (int left = 5; left >= 0; left--) {
            anonymous().get("/v1/me").then().statusCode(401).header("RateLimit", startsWith("\"address\";r=" + left + ";"));
        }
        anonymous().get("/v1/me").then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://backcare.dev/problems/too-many-requests"))
                .body("instance", equalTo("/v1/me"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Policy", equalTo(ADDRESS_POLICY)).header("RateLimit", startsWith("\"address\";r=0;"));
        as(token("served-" + UUID.randomUUID())).get("/v1/me").then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"user\";q=1000;w=86400"));
        given().header("X-Forwarded-For", freshAddress()).get("/v1/me").then().statusCode(401)
                .header("RateLimit", startsWith("\"address\";r=5;"));
    }

    @Test
    void answersToAUserSayWhatIsLeftOfTheirBudgetWhateverTheAnswer() {
        String token = token("answers-" + UUID.randomUUID());
        as(token).get("/v1/nothing-is-here").then().statusCode(404).header("RateLimit", startsWith("\"user\";r=999;"));
        as(token).get("/v1/patients/" + UUID.randomUUID()).then().statusCode(404)
                .header("RateLimit", startsWith("\"user\";r=998;"));
        as(token).delete("/v1/me").then().statusCode(405).header("RateLimit", startsWith("\"user\";r=997;"));
        as(token).contentType("text/plain").body("hello").post("/v1/patients").then().statusCode(415)
                .header("RateLimit", startsWith("\"user\";r=996;"));
    }

    @Test
    void healthIsNeverChargedAndWithCorsOffAPreflightIsJustARequest() {
        for (int i = 0; i < 10; i++) {
            anonymous().get("/q/health/ready").then().statusCode(200).header("RateLimit", nullValue());
        }
        anonymous().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "GET")
                .options("/v1/me").then().header("RateLimit", startsWith("\"address\";r=5;"));
    }

    @Test
    void anIpv6PeerIsChargedByItsSlash64() {
        String block = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16)) + ":";
        given().header("X-Forwarded-For", block + "9::1").get("/v1/me").then().statusCode(401)
                .header("RateLimit", startsWith("\"address\";r=5;"));
        given().header("X-Forwarded-For", block + "9:ffff::2").get("/v1/me").then().statusCode(401)
                .header("RateLimit", startsWith("\"address\";r=4;"));
        given().header("X-Forwarded-For", block + "a::1").get("/v1/me").then().statusCode(401)
                .header("RateLimit", startsWith("\"address\";r=5;"));
    }
}
