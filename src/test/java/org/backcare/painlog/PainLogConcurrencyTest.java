package org.backcare.painlog;

import static org.backcare.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/** Two phones editing or creating the same entry at once: exactly one write wins, nothing is lost. */
@QuarkusTest
class PainLogConcurrencyTest {

    private static final int WRITERS = 8;

    @Test
    void concurrentPutsWithTheSameIfMatchHaveExactlyOneWinner() throws Exception {
        String token = Api.token("race-" + UUID.randomUUID(), "patient");
        String path = "/v1/patients/" + Api.createPatient(token, "Race") + "/pain-logs";
        String id = as(token).body("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":1}").post(path)
                .then().statusCode(201).extract().path("id");

        List<Integer> statuses = race(i -> as(token).header("If-Match", "\"1\"")
                .body("{\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":" + (i + 2) + "}")
                .put(path + "/{id}", id).statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        as(token).get(path + "/{id}", id).then().header("ETag", "\"2\"");
    }

    @Test
    void concurrentRetriesOfOneCreateStoreOneEntry() throws Exception {
        String token = Api.token("retry-" + UUID.randomUUID(), "patient");
        String path = "/v1/patients/" + Api.createPatient(token, "Retry") + "/pain-logs";
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":6}";

        List<Integer> statuses = race(i -> as(token).body(body).post(path).statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        as(token).get(path).then().body("items.size()", equalTo(1));
    }

    @Test
    void oneIdCreatedInManyDiariesAtOnceIsStoredOnceAndRefusedElsewhere() throws Exception {
        // Different diaries do not wait for each other's lock: the primary key decides, and a loser
        // hears 409 with a problem, as when the id was taken earlier.
        List<String> tokens = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String token = Api.token("same-id-" + i + "-" + UUID.randomUUID(), "patient");
            tokens.add(token);
            paths.add("/v1/patients/" + Api.createPatient(token, "Same id " + i) + "/pain-logs");
        }
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"recordedAt\":\"2026-11-01T08:00:00Z\",\"intensity\":3}";

        Queue<String> refusals = new ConcurrentLinkedQueue<>();
        List<Integer> statuses = race(i -> {
            var answer = as(tokens.get(i)).body(body).post(paths.get(i));
            if (answer.statusCode() == 409) {
                boolean problem = answer.contentType().startsWith("application/problem+json");
                refusals.add((problem ? "problem: " : "not a problem: ") + answer.path("detail"));
            }
            return answer.statusCode();
        });

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        String idTaken = "problem: This id is already used by another entry; choose a new random UUID.";
        refusals.forEach(refusal -> assertEquals(idTaken, refusal));
        int winner = statuses.indexOf(201);
        as(tokens.get(winner)).get(paths.get(winner) + "/{id}", id).then().statusCode(200).body("intensity", equalTo(3));
        for (int i = 0; i < WRITERS; i++) {
            as(tokens.get(i)).get(paths.get(i)).then().body("items.size()", equalTo(i == winner ? 1 : 0));
        }
    }

    interface Call {
        int send(int writer);
    }

    private static List<Integer> race(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.send(writer);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
