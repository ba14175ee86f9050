package org.backcare.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a production identity provider's tokens are held to besides signature and issuer. */
@QuarkusTest
class TokenChecksTest {

    private static JwtClaimsBuilder token() {
        return Jwt.issuer(DevTokenConfig.DEV_ISSUER).subject("token-checks").groups("patient");
    }

    private static void answers(String token, int status) {
        given().header("Authorization", "Bearer " + token).get("/v1/me").then().statusCode(status);
    }

    @Test
    void aTokenForThisApiIsAccepted() {
        given().header("Authorization", "Bearer " + token().audience("backcare-api").expiresIn(600).sign())
                .get("/v1/me").then().statusCode(200).body("subject", equalTo("token-checks"));
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        answers(token().audience("another-api").expiresIn(600).sign(), 401);
        answers(token().expiresIn(600).sign(), 401);
    }

    @Test
    void aTokenIssuedForLongerThanAnHourIsRefusedWhateverItsExpiry() {
        answers(token().audience("backcare-api").expiresIn(2 * 3600).sign(), 401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant issued = Instant.now().minusSeconds(1800);
        answers(token().audience("backcare-api").issuedAt(issued).expiresAt(issued.plusSeconds(600)).sign(), 401);
    }
}
