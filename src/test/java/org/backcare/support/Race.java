package org.backcare.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Sends the same request from many clients at the very same moment, and tallies the answers. */
public final class Race {

    private Race() {
    }

    /** Runs {@code call(i)} for i in 0..n-1 on n threads, released together; the answers in that order. */
    public static List<Response> run(int n, IntFunction<Response> call) {
        ExecutorService clients = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int client = i;
                answers.add(clients.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(client);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("the race did not finish", e);
        } finally {
            clients.shutdownNow();
        }
    }

    /** How many answers had each status. */
    public static Map<Integer, Integer> tally(List<Response> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a.statusCode(), 1, Integer::sum));
        return counts;
    }
}
