package org.backcare.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backcare.support.PackagedJar;
import org.junit.jupiter.api.Test;

/**
 * The outbox survives a restart: the packaged jar stores an EMERGENCY screening and its event
 * but is stopped before sending it (its worker is off); started again on the same database, it
 * delivers the event.
 */
class WebhookRestartIT {

    private final String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    private final Path workDir;
    private final List<String> database;

    WebhookRestartIT() throws IOException {
        workDir = Files.createTempDirectory("backcare-restart");
        List<String> configured = PackagedJar.configuredDatasource();
        // On H2 a database file of its own; on PostgreSQL the database the build's ITs use.
        database = String.join(" ", configured).contains("postgresql")
                ? configured
                : List.of("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + workDir.resolve("db").toAbsolutePath());
    }

    @Test
    void anEventWrittenBeforeAStopIsDeliveredAfterTheStart() throws Exception {
        int port = freePort();
        try (Receiver receiver = new Receiver(0, 500)) {
            Process first = start(port, false);
            String webhookId;
            String eventId;
            try {
                String owner = token(port, "restart-owner-" + tag, "patient");
                String clinic = token(port, "restart-clinic-" + tag, "clinician");
                String patientId = api(port, owner).body("{\"displayName\":\"Restart\"}").post("/v1/patients")
                        .then().statusCode(201).extract().path("id");
                api(port, owner).body("{\"subject\":\"restart-clinic-" + tag + "\",\"relationship\":\"CLINICIAN\","
                        + "\"scopes\":[\"screenings:read\"]}").post("/v1/patients/{p}/grants", patientId)
                        .then().statusCode(201);
                webhookId = api(port, clinic).body("{\"url\":\"" + receiver.url() + "\",\"events\":"
                        + "[\"screening.emergency\"]}").post("/v1/webhooks")
                        .then().statusCode(201).extract().path("id");
                api(port, owner).body("{\"answers\":{\"SADDLE_NUMBNESS\":true}}")
                        .post("/v1/patients/{p}/screenings", patientId).then().statusCode(201);
                Map<String, Object> pending = api(port, clinic).get("/v1/webhooks/{h}/deliveries", webhookId)
                        .then().statusCode(200).extract().jsonPath().getMap("items[0]");
                assertEquals("PENDING", pending.get("status"));
                eventId = (String) pending.get("eventId");
            } finally {
                stop(first);
            }
            assertEquals(List.of(), receiver.calls, "nothing is sent while the worker is off");

            Process second = start(port, true);
            try {
                WebhookTest.await(() -> !receiver.calls.isEmpty(), "the delivery after the restart");
                assertEquals(eventId, receiver.calls.get(0).headers().get("x-backcare-event-id"));
                String clinic = token(port, "restart-clinic-" + tag, "clinician");
                WebhookTest.await(() -> "DELIVERED".equals(api(port, clinic).get("/v1/webhooks/{h}/deliveries",
                        webhookId).then().extract().path("items[0].status")), "recorded as delivered");
            } finally {
                stop(second);
            }
        }
    }

    private Process start(int port, boolean worker) throws IOException, InterruptedException {
        List<String> jvmArgs = new ArrayList<>(List.of("-Dquarkus.http.port=" + port, "-Dbackcare.dev-tokens.enabled=true",
                "-Dbackcare.webhooks.allow-local-targets=true", "-Dbackcare.webhooks.poll-interval=PT0.2S",
                "-Dbackcare.webhooks.worker-enabled=" + worker));
        jvmArgs.addAll(database);
        List<String> command = PackagedJar.command(jvmArgs);
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("app.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the app exited; see " + workDir.resolve("app.log"));
            try {
                if (given().baseUri("http://127.0.0.1:" + port).get("/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the app did not become ready; see " + workDir.resolve("app.log"));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }

    private static RequestSpecification api(int port, String token) {
        return given().baseUri("http://127.0.0.1:" + port).header("Authorization", "Bearer " + token)
                .contentType("application/json");
    }

    private static String token(int port, String subject, String role) {
        return given().baseUri("http://127.0.0.1:" + port).contentType("application/json")
                .body("{\"subject\":\"" + subject + "\",\"roles\":[\"" + role + "\"]}").post("/dev/tokens")
                .then().statusCode(200).extract().path("accessToken");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
