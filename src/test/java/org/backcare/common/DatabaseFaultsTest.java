package org.backcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** What each database failure becomes for the client, however deep the drivers and JTA wrapped it. */
class DatabaseFaultsTest {

    @Test
    void aLostRaceOnAVersionIs412() {
        assertEquals(ProblemType.PRECONDITION_FAILED, kind(new RuntimeException(new OptimisticLockException("v"))));
    }

    @Test
    void aUniquenessRuleThatDecidedIs409() {
        assertEquals(ProblemType.CONFLICT, kind(new PersistenceException(
                new ConstraintViolationException("dup", new SQLException("dup", "23505"), "ux"))));
        assertEquals(ProblemType.CONFLICT, kind(new SQLException("dup", "23505")));
    }

    @Test
    void contentionIs503() {
        assertEquals(ProblemType.UNAVAILABLE, kind(new SQLException("timeout trying to lock", "HYT00")));
        assertEquals(ProblemType.UNAVAILABLE, kind(new SQLException("deadlock", "40P01")));
        assertEquals(ProblemType.UNAVAILABLE, kind(new SQLException("serialization", "40001")));
    }

    @Test
    void anUnreachableDatabaseIs503() {
        assertEquals(ProblemType.UNAVAILABLE, kind(new PersistenceException(new SQLException("refused", "08001"))));
        assertEquals(ProblemType.UNAVAILABLE, kind(new SQLException("terminating connection", "57P01")));
        assertEquals(ProblemType.UNAVAILABLE, kind(new SQLTransientConnectionException("gone")));
        assertEquals(ProblemType.UNAVAILABLE, kind(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    /** Whichever layer writes the problem (a JAX-RS mapper, the rate limiter's route) sends the header. */
    @Test
    void a503CarriesItsRetryAfter() {
        assertEquals(Map.of("Retry-After", "2"), DatabaseFaults.classify(new SQLTransientConnectionException("gone"))
                .orElseThrow().headers());
        assertEquals(Map.of("Retry-After", "2"), DatabaseFaults.classify(new SQLException("deadlock", "40P01"))
                .orElseThrow().headers());
    }

    /** As Narayana reports a commit the server cut off: the driver's error is suppressed, not the cause. */
    @Test
    void aCommitCutOffByTheServerIs503() throws Exception {
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(commit);
        assertEquals(ProblemType.UNAVAILABLE, kind(new RuntimeException("Error invoking subclass method", rolledBack)));
    }

    @Test
    void anythingElseIsLeftToBeA500() {
        assertTrue(DatabaseFaults.classify(new IllegalStateException("bug")).isEmpty());
        assertTrue(DatabaseFaults.classify(new SQLException("syntax", "42601")).isEmpty());
    }

    private static ProblemType kind(Throwable failure) {
        return DatabaseFaults.classify(failure).orElseThrow().kind();
    }
}
