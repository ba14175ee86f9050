package org.backcare.common;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * What the database said, for the client: a write that lost a race is 412 (stale version) or 409
 * (a uniqueness rule decided), contention and a database that cannot be reached are 503 with
 * Retry-After. Never a 500: the client can act on every one of these. Causes and suppressed
 * exceptions are walked because JTA and Hibernate wrap what the driver threw (a commit that fails
 * carries the driver's error as suppressed by its RollbackException).
 */
public final class DatabaseFaults {

    static final int RETRY_AFTER_SECONDS = 2;

    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private DatabaseFaults() {
    }

    /** Whether {@code sqlState} (a driver's, or a JDBCException's) says a unique key was violated. */
    public static boolean isDuplicateKey(String sqlState) {
        return DUPLICATE_KEY.equals(sqlState);
    }

    public static Optional<ApiException> classify(Throwable failure) {
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable t = pending.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            Optional<ApiException> known = known(t);
            if (known.isPresent()) {
                return known;
            }
            if (t.getCause() != null) {
                pending.addLast(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return Optional.empty();
    }

    private static Optional<ApiException> known(Throwable t) {
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return Optional.of(Preconditions.stale());
        }
        if (t instanceof ConstraintViolationException) {
            return Optional.of(conflict());
        }
        if (t instanceof LockAcquisitionException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException || t instanceof org.hibernate.PessimisticLockException) {
            return Optional.of(busy());
        }
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return Optional.of(unreachable());
        }
        if (t instanceof SQLException sql) {
            return bySqlState(sql);
        }
        return Optional.empty();
    }

    private static Optional<ApiException> bySqlState(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("23")) {
            return Optional.of(conflict());
        }
        // Serialization failure, deadlock, H2's lock timeout.
        if (state.equals("40001") || state.equals("40P01") || state.equals("HYT00")) {
            return Optional.of(busy());
        }
        // Connection failures, and a server shutting down or starting up.
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
            return Optional.of(unreachable());
        }
        String message = String.valueOf(sql.getMessage());
        // Agroal, when no connection can be had in time: the pool has none and the server takes no more.
        if (message.contains("Acquisition timeout") || message.contains("Unable to acquire")) {
            return Optional.of(unreachable());
        }
        return Optional.empty();
    }

    private static ApiException conflict() {
        return ApiException.conflict("Another write got there first, and this one would now contradict it; "
                + "read the current state and decide again.");
    }

    private static ApiException busy() {
        return unavailable("Other writes to the same data are in progress; try again in a moment.");
    }

    private static ApiException unreachable() {
        return unavailable("The database cannot be reached just now; nothing was changed. Try again in a moment.");
    }

    /** Carries its Retry-After, so whichever layer writes it (JAX-RS or a Vert.x route) sends it. */
    private static ApiException unavailable(String detail) {
        return new ApiException(ProblemType.UNAVAILABLE, detail, List.of(),
                Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
    }
}
