package org.backcare.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The address the guard checked is the address connected to: a name that answers a public
 * address first and a private one next (DNS rebinding) is refused at the connection, which never
 * opens. The listener on loopback stands for the private address and counts connections.
 */
class PinnedConnectionTest {

    @Test
    void aNameRepointedAtAPrivateAddressAfterTheCheckIsNeverConnectedTo() throws Exception {
        try (Listener listener = new Listener()) {
            AtomicInteger lookups = new AtomicInteger();
            TargetGuard guard = new TargetGuard(false, host -> new InetAddress[] {lookups.incrementAndGet() == 1
                    ? InetAddress.getByName("93.184.216.34") : InetAddress.getLoopbackAddress()});
            String url = "https://rebind.test:" + listener.port() + "/hook";

            assertEquals(Optional.empty(), guard.refusal(url), "the first answer is public: registration passes");
            DeliverySender.Outcome outcome = sender(guard).send(request(url));

            assertTrue(outcome.refused(), outcome.toString());
            assertTrue(outcome.error().contains("globally reachable"), outcome.error());
            assertEquals(2, lookups.get(), "one lookup for the check, one for the connection, nothing more");
            assertEquals(0, listener.accepted(), "no connection was opened to the private address");
        }
    }

    @Test
    void anIpLiteralIsCheckedAtTheConnectionToo() throws Exception {
        try (Listener listener = new Listener()) {
            TargetGuard guard = new TargetGuard(false, InetAddress::getAllByName);
            DeliverySender.Outcome outcome = sender(guard).send(request("http://127.0.0.1:" + listener.port() + "/hook"));
            assertTrue(outcome.refused(), outcome.toString());
            assertEquals(0, listener.accepted());
        }
    }

    @Test
    void aStoredUrlThatCannotBeSentToIsAFailedAttemptNotAnException() {
        DeliverySender.Outcome outcome = sender(new TargetGuard(true, InetAddress::getAllByName))
                .send(request("http://127.0.0.1:99999/hook"));
        assertTrue(!outcome.delivered() && outcome.error().startsWith("Not sent:"), outcome.toString());
    }

    /** The control: a name only the stub knows is reached, so the client resolves through the guard alone. */
    @Test
    void theClientConnectsToTheAddressTheGuardResolved() {
        try (Receiver receiver = new Receiver(0, 500)) {
            TargetGuard guard = new TargetGuard(true, host -> {
                assertEquals("pinned.test", host);
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            });
            String url = receiver.url().replace("127.0.0.1", "pinned.test");
            DeliverySender.Outcome outcome = sender(guard).send(request(url));
            assertTrue(outcome.delivered(), outcome.toString());
            assertEquals(1, receiver.calls.size());
            assertTrue(receiver.calls.get(0).headers().get("host").startsWith("pinned.test:"),
                    "the Host header names the host, not the address");
        }
    }

    private static DeliverySender sender(TargetGuard guard) {
        return new DeliverySender(Duration.ofSeconds(2), guard, Clock.systemUTC());
    }

    private static DeliverySender.Request request(String url) {
        return new DeliverySender.Request(url, List.of("s".repeat(32)), UUID.randomUUID(),
                WebhookEventType.SCREENING_URGENT, "{}");
    }

    /** Accepts and counts connections on loopback; says nothing. */
    private static final class Listener implements AutoCloseable {

        private final ServerSocket socket;
        private final AtomicInteger accepted = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket ignored = socket.accept()) {
                        accepted.incrementAndGet();
                    } catch (SocketException closed) {
                        return;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
