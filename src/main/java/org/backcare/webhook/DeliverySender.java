package org.backcare.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;

/** One signed POST. Redirects are not followed: a redirect could lead past the address checks. */
@ApplicationScoped
class DeliverySender {

    record Request(String url, String secret, UUID eventId, WebhookEventType type, String body) {
    }

    record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient client;

    DeliverySender(WebhookConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Outcome send(Request request) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest http = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Backcare-Webhooks/1")
                .header("X-Backcare-Event-Id", request.eventId().toString())
                .header("X-Backcare-Event-Type", request.type().value())
                .header(Signatures.HEADER, Signatures.sign(request.secret(), timestamp, request.body()))
                .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                .build();
        try {
            HttpResponse<Void> response = client.send(http, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "The receiver answered " + status + ".");
        } catch (IOException e) {
            return new Outcome(null, "No answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted while sending.");
        }
    }
}
