package org.backcare.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a production key configured and dev tokens off, /dev/tokens does not exist. */
@QuarkusTest
@TestProfile(DevTokensDisabledTest.ProductionKey.class)
class DevTokensDisabledTest {

    public static class ProductionKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backcare.dev-tokens.enabled", "false",
                    "mp.jwt.verify.publickey.location", "other-idp/public.pem",
                    "mp.jwt.verify.issuer", "https://idp.example.org/realms/backcare",
                    "backcare.webhooks.secret-keys", "test-production:" + "cHJvZHVjdGlvbi1rZXktZm9yLXRlc3RzLW9ubHkhISE=");
        }
    }

    @Test
    void devTokenEndpointIsNotFound() {
        given().contentType("application/json").body("{\"subject\":\"alice\",\"roles\":[\"patient\"]}")
                .post("/dev/tokens")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://backcare.dev/problems/not-found"));
    }

    @Test
    void tokensSignedWithTheDevelopmentKeyAreRejected() {
        String devSigned = io.smallrye.jwt.build.Jwt.issuer("https://idp.example.org/realms/backcare")
                .subject("mallory").groups("patient").sign();
        given().header("Authorization", "Bearer " + devSigned).get("/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
