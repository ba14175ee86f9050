package org.backcare.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * One signed POST. The client's only name resolution is the guard's (see {@link Pinned}), no
 * proxy is configured, and redirects are not followed: each could lead past the address checks.
 */
@ApplicationScoped
class DeliverySender {

    /** {@code secrets}: the current one first, then one still valid after a rotation; each signs. */
    record Request(String url, List<String> secrets, UUID eventId, WebhookEventType type, String body) {
    }

    /** {@code refused}: the target resolved to an address it may not reach; retrying will not help. */
    record Outcome(Integer status, String error, boolean refused) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** Cancels attempts that outlast their deadline; one thread serves every sender. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final Clock clock;
    private final Duration timeout;
    private final CloseableHttpClient client;

    @Inject
    DeliverySender(WebhookConfig config, TargetGuard guard, Clock clock) {
        this(config.timeout(), guard, clock);
    }

    DeliverySender(Duration timeout, TargetGuard guard, Clock clock) {
        this.clock = clock;
        this.timeout = timeout;
        Timeout limit = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new Pinned(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .setMaxConnTotal(64).setMaxConnPerRoute(2)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(limit).setConnectionRequestTimeout(limit).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableAuthCaching().disableContentCompression()
                .setUserAgent("Backcare-Webhooks/1")
                .build();
    }

    /**
     * One attempt, within one deadline for all of it (connection, TLS, request, status line): a
     * receiver that trickles its answer cannot hold a sender. Only the status is read; the body
     * is not, and the connection is closed unread.
     */
    Outcome send(Request request) {
        long timestamp = clock.instant().getEpochSecond();
        HttpPost post;
        try {
            post = new HttpPost(request.url());
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "Not sent: the stored URL cannot be sent to.", false);
        }
        post.setHeader("X-Backcare-Event-Id", request.eventId().toString());
        post.setHeader("X-Backcare-Event-Type", request.type().value());
        post.setHeader(Signatures.HEADER, Signatures.sign(request.secrets(), timestamp, request.body()));
        post.setEntity(new StringEntity(request.body(), ContentType.APPLICATION_JSON));
        ScheduledFuture<?> deadline = DEADLINES.schedule(post::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            int status = response.getCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "The receiver answered " + status + ".",
                    false);
        } catch (TargetGuard.RefusedAddress e) {
            return new Outcome(null, "Not sent: the target no longer resolves to globally reachable addresses only.",
                    true);
        } catch (IOException e) {
            return new Outcome(null, (post.isCancelled() ? "No answer within " + timeout.toSeconds() + " s: "
                    : "No answer: ") + e.getClass().getSimpleName() + ".", false);
        } finally {
            deadline.cancel(false);
        }
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }

    /** Name resolution through the guard: the addresses it checked are the only ones connected to. */
    private record Pinned(TargetGuard guard) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.addressesFor(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return host;
        }
    }
}
