package org.backcare.painlog;

import static org.backcare.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A phone catching up page by page while other devices keep writing: at the end it must hold
 * every entry's final state, and never have received the same change twice.
 */
@QuarkusTest
class PainLogSyncTest {

    @Test
    void pagedCatchUpDuringWritesMissesAndRepeatsNothing() throws Exception {
        String token = Api.token("sync-" + UUID.randomUUID(), "patient");
        String path = "/v1/patients/" + Api.createPatient(token, "Sync") + "/pain-logs";
        for (int i = 0; i < 20; i++) {
            as(token).body(entry(i % 11)).post(path).then().statusCode(201);
        }

        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int seed = w;
            writing.add(writers.submit(() -> write(token, path, new Random(seed), 40)));
        }

        Map<String, Integer> phone = new HashMap<>();
        Set<String> changesSeen = new HashSet<>();
        String cursor = null;
        boolean writersDone = false;
        while (true) {
            var request = as(token).queryParam("limit", 7);
            request = cursor == null
                    ? request.queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("includeDeleted", true)
                    : request.queryParam("cursor", cursor);
            var page = request.get(path).then().statusCode(200).extract();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                String change = item.get("id") + "@" + item.get("version");
                assertTrue(changesSeen.add(change), "received twice: " + change);
                if (Boolean.TRUE.equals(item.get("deleted"))) {
                    phone.remove((String) item.get("id"));
                } else {
                    phone.put((String) item.get("id"), (Integer) item.get("version"));
                }
            }
            cursor = page.path("syncToken");
            boolean caughtUp = page.path("nextCursor") == null;
            if (caughtUp && writersDone) {
                break;
            }
            if (caughtUp) {
                writersDone = writing.stream().allMatch(Future::isDone);
            }
        }
        for (Future<?> w : writing) {
            w.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        Map<String, Integer> server = new HashMap<>();
        String next = null;
        do {
            var request = as(token).queryParam("limit", 200);
            if (next != null) {
                request.queryParam("cursor", next);
            }
            var page = request.get(path).then().statusCode(200).extract();
            List<Map<String, Object>> items = page.path("items");
            items.forEach(item -> server.put((String) item.get("id"), (Integer) item.get("version")));
            next = page.path("nextCursor");
        } while (next != null);
        assertEquals(server, phone);
    }

    private static void write(String token, String path, Random random, int operations) {
        for (int i = 0; i < operations; i++) {
            int choice = random.nextInt(3);
            if (choice == 0) {
                as(token).body(entry(random.nextInt(11))).post(path).then().statusCode(201);
                continue;
            }
            List<Map<String, Object>> items = as(token).queryParam("limit", 50).get(path).then().extract().path("items");
            if (items.isEmpty()) {
                continue;
            }
            Map<String, Object> target = items.get(random.nextInt(items.size()));
            String etag = "\"" + target.get("version") + "\"";
            int status = choice == 1
                    ? as(token).header("If-Match", etag).contentType("application/merge-patch+json")
                            .body("{\"intensity\":" + random.nextInt(11) + "}")
                            .patch(path + "/{id}", target.get("id")).statusCode()
                    : as(token).header("If-Match", etag).delete(path + "/{id}", target.get("id")).statusCode();
            assertTrue(status == 200 || status == 204 || status == 412 || status == 404, "status " + status);
        }
    }

    private static String entry(int intensity) {
        return "{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":" + intensity + "}";
    }
}
