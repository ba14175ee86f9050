package org.backcare.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.support.Api;
import org.backcare.support.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every request has an id: in the response header, and on every log line written while serving it. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    /** Each line written so far: its logger and its request id. */
    private List<Map.Entry<String, String>> lines() {
        return log.lines().stream()
                .map(line -> Map.entry(line.getLoggerName(), String.valueOf(CapturedLog.mdc(line, RequestIds.MDC_KEY))))
                .toList();
    }

    @Test
    void aPlainCallerIdIsKeptAndEchoed() {
        String token = Api.token("request-id-" + UUID.randomUUID(), "patient");
        Api.raw().header("Authorization", "Bearer " + token).header(RequestIds.HEADER, "app-7f3a-0001")
                .get("/v1/me").then().statusCode(200).header(RequestIds.HEADER, equalTo("app-7f3a-0001"));
    }

    @Test
    void anIdThatCouldForgeLogContentIsReplaced() {
        Api.raw().header(RequestIds.HEADER, "x\" level=ERROR forged=\"1").get("/v1/me")
                .then().statusCode(401).header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
        Api.raw().get("/nowhere").then().statusCode(404).header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
    }

    @Test
    void everyLineWrittenWhileServingCarriesTheIdAndAFailureQuotesIt() throws InterruptedException {
        String id = "trace-" + UUID.randomUUID();
        Api.raw().header(RequestIds.HEADER, id).get("/test/failure")
                .then().statusCode(500).body("detail", containsString("Reference: " + id));

        awaitLine("org.backcare.access-log", id);
        List<Map.Entry<String, String>> fromRequest = lines().stream()
                .filter(line -> line.getKey().startsWith("org.backcare")).toList();
        assertTrue(fromRequest.stream().anyMatch(line -> line.getKey().equals(ProblemMappers.class.getName())),
                "the failure was logged: " + fromRequest);
        assertFalse(fromRequest.isEmpty());
        fromRequest.forEach(line -> assertEquals(id, line.getValue(), "line from " + line.getKey()));
    }

    private void awaitLine(String logger, String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (lines().contains(Map.entry(logger, id))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + logger + " line with request id " + id + " in " + lines());
    }
}
