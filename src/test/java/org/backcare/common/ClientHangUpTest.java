package org.backcare.common;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.backcare.support.Api;
import org.backcare.support.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An upload the client gives up halfway (a phone losing its network) is noted, not logged as our failure. */
@QuarkusTest
class ClientHangUpTest {

    @TestHTTPResource("/")
    URL server;

    private final String requestId = "hang-up-" + UUID.randomUUID();
    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    @Test
    void aBodyCutOffByTheClientIsNotedWithoutAnError() throws Exception {
        String token = Api.token("hang-up-" + UUID.randomUUID(), "patient");
        // Bodies up to 10 KB are gathered before the resource runs; a larger one is read as it comes.
        String request = "POST /v1/patients HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\n" + RequestIds.HEADER + ": " + requestId
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"displayName\":\""
                + "x".repeat(20_000);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500); // the server is now waiting for the rest of the body
        }
        for (int i = 0; i < 100 && log.lines().stream().noneMatch(ClientHangUpTest::notesTheHangUp); i++) {
            Thread.sleep(50);
        }
        // This request's lines: other tests' background work may log what it likes meanwhile.
        List<LogRecord> lines = log.lines().stream()
                .filter(line -> requestId.equals(CapturedLog.mdc(line, RequestIds.MDC_KEY))
                        || ProblemMappers.class.getName().equals(line.getLoggerName()))
                .toList();
        assertTrue(lines.stream().anyMatch(ClientHangUpTest::notesTheHangUp), "the hang-up is noted: "
                + lines.stream().map(line -> line.getLevel() + " " + line.getMessage()).toList());
        for (LogRecord line : lines) {
            assertTrue(line.getLevel().intValue() < Level.WARNING.intValue(),
                    "no warning or error: " + line.getLoggerName() + " " + line.getMessage());
            assertNull(line.getThrown(), "no stack trace");
        }
    }

    private static boolean notesTheHangUp(LogRecord line) {
        return ProblemMappers.class.getName().equals(line.getLoggerName())
                && line.getMessage().contains("closed the connection");
    }
}
