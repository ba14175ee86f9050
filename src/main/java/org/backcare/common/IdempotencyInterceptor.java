package org.backcare.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;

/**
 * Runs an {@link Idempotent} create once per key. The key is claimed (a row insert, flushed) in
 * the create's own transaction before any work is done: a concurrent retry with the same key waits
 * on that row and, once the first commits, replays its answer; if the first fails, nothing of it
 * stays, key included, and the retry does the work.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class IdempotencyInterceptor {

    static final String HEADER = "Idempotency-Key";

    private final HttpServerRequest request;
    private final Caller caller;
    private final IdempotencyStore store;

    IdempotencyInterceptor(HttpServerRequest request, Caller caller, IdempotencyStore store) {
        this.request = request;
        this.caller = caller;
        this.store = store;
    }

    @AroundInvoke
    Object once(InvocationContext ctx) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        IdempotencyStore.Attempt attempt = store.attempt(caller.subject(), key, request.method().name(),
                request.path(), ctx.getParameters());
        Class<?> answerType = ctx.getMethod().getReturnType();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Object> earlier = store.replay(attempt, answerType);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                IdempotencyRecord claimed = store.claim(attempt);
                Object answer = ctx.proceed();
                store.complete(claimed, attempt, answer);
                return answer;
            });
        } catch (RuntimeException e) {
            // A twin with the same key committed while this one waited on its row: answer as it did.
            if (DatabaseFaults.classify(e).filter(f -> f.kind() == ProblemType.CONFLICT).isPresent()) {
                Optional<Object> twin = QuarkusTransaction.requiringNew().call(() -> store.replay(attempt, answerType));
                if (twin.isPresent()) {
                    return twin.get();
                }
            }
            throw e;
        }
    }
}
