package org.backcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/** Until origins are configured, no browser on another origin is let in. */
@QuarkusTest
class CorsOffByDefaultTest {

    @Test
    void noOriginIsAllowedByDefault() {
        given().header("Origin", CorsTest.APP).header("Access-Control-Request-Method", "GET").options("/v1/me")
                .then().header("Access-Control-Allow-Origin", nullValue());
        String token = Api.token("cors-off-" + UUID.randomUUID(), "patient");
        given().header("Origin", CorsTest.APP).header("Authorization", "Bearer " + token).get("/v1/me")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
