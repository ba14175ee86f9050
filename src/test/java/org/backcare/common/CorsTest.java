package org.backcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/** A browser app on an allowed origin can call the API and read the headers it needs; others cannot. */
@QuarkusTest
@TestProfile(CorsTest.AllowOneOrigin.class)
class CorsTest {

    static final String APP = "https://app.example.org";

    public static class AllowOneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", APP);
        }
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/v1/patients/" + UUID.randomUUID())
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", allOf(containsStringIgnoringCase("authorization"),
                        containsStringIgnoringCase("if-match")))
                .header("RateLimit", nullValue());   // the browser's own request: never charged
    }

    @Test
    void scriptsOnAnAllowedOriginMayReadTheHeadersClientsNeed() {
        String token = Api.token("cors-" + UUID.randomUUID(), "patient");
        given().header("Origin", APP).header("Authorization", "Bearer " + token).get("/v1/me")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("Retry-After"), containsString("X-Request-Id"), containsString("RateLimit")));
    }

    @Test
    void anotherOriginIsRefused() {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .options("/v1/me").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com").get("/v1/me")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }
}
