package org.backcare.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.backcare.identity.DevTokenConfig;

/** Small helpers so tests read as API calls; every call goes through the contract filter. */
public final class Api {

    private Api() {
    }

    /** A request as a well-behaved client sends it: validated against the document. */
    public static RequestSpecification as(String token) {
        return given().filter(OpenApiContract.strict()).filter(ExampleRecorder.INSTANCE).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    /**
     * A patient token signed here rather than minted over HTTP, for tests that must not spend the
     * development-token or address budgets; add claims, then sign().
     */
    public static JwtClaimsBuilder signedPatient(String subject) {
        return Jwt.issuer(DevTokenConfig.DEV_ISSUER).audience("backcare-api").subject(subject).groups("patient")
                .expiresIn(600);
    }

    /** A request that may be wrong on purpose: only the response is checked. */
    public static RequestSpecification raw() {
        return given().filter(OpenApiContract.responsesOnly());
    }

    public static String token(String subject, String... roles) {
        return given().filter(OpenApiContract.strict()).filter(ExampleRecorder.INSTANCE).contentType(ContentType.JSON)
                .body(new TokenRequest(subject, java.util.List.of(roles)))
                .post("/dev/tokens")
                .then().statusCode(200).extract().path("accessToken");
    }

    /** A token whose signature no longer matches its content. */
    public static String tampered(String token) {
        int lastDot = token.lastIndexOf('.');
        char flipped = token.charAt(lastDot + 5) == 'A' ? 'B' : 'A';
        return token.substring(0, lastDot + 5) + flipped + token.substring(lastDot + 6);
    }

    public static String createPatient(String token, String displayName) {
        return as(token).body("{\"displayName\":\"" + displayName + "\"}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
    }

    public static ExtractableResponse<Response> grant(String ownerToken, String patientId, String subject,
            String relationship, String... scopes) {
        String scopeList = String.join("\",\"", scopes);
        return as(ownerToken)
                .body("{\"subject\":\"" + subject + "\",\"relationship\":\"" + relationship
                        + "\",\"scopes\":[\"" + scopeList + "\"]}")
                .post("/v1/patients/{id}/grants", patientId).then().statusCode(201).extract();
    }

    record TokenRequest(String subject, java.util.List<String> roles) {
    }
}
