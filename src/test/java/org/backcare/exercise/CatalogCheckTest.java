package org.backcare.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.backcare.exercise.ExerciseCatalog.Checked;
import org.backcare.exercise.ExerciseCatalog.Snapshot;
import org.junit.jupiter.api.Test;

/** Which check of the catalog version a replica keeps, when checks and its own writes interleave. */
class CatalogCheckTest {

    private static final long MINUTE = 60_000_000_000L;
    private static final Snapshot V1 = new Snapshot(1, Map.of());
    private static final Snapshot V2 = new Snapshot(2, Map.of());

    @Test
    void aCheckThatBeganEarlierButSawANewerVersionIsKept() {
        long now = System.nanoTime();
        Checked held = new Checked(V1, now, now - MINUTE);
        Checked kept = held.orNewer(V2, now - 5);
        assertSame(V2, kept.snapshot());
        assertEquals(now - 5, kept.askedAt());
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        long now = System.nanoTime();
        Checked held = new Checked(V2, now - 10, now - MINUTE);
        assertSame(held, held.orNewer(V1, now));
    }

    @Test
    void aLaterCheckOfTheSameVersionKeepsItFreshLonger() {
        long now = System.nanoTime();
        Checked held = new Checked(V1, now - 10, now - MINUTE);
        assertEquals(now, held.orNewer(V1, now).askedAt());
        assertSame(held, held.orNewer(V1, now - 20));
    }

    @Test
    void aCheckThatBeganBeforeAWriteCommittedHereIsNeverFresh() {
        long now = System.nanoTime();
        Checked afterWrite = new Checked(V1, now - 100, now - 50);
        assertFalse(afterWrite.fresh(MINUTE));
        Checked newerButEarly = afterWrite.orNewer(V2, now - 60); // may have read before the commit
        assertSame(V2, newerButEarly.snapshot(), "a newer version is kept, so reads never step back");
        assertFalse(newerButEarly.fresh(MINUTE), "but the next read checks again");
        Checked next = newerButEarly.orNewer(V2, now - 40);
        assertTrue(next.fresh(MINUTE));
    }

    @Test
    void anEarlierWriteMarkArrivingLateDoesNotMakeACheckFreshAgain() {
        long now = System.nanoTime();
        Checked held = new Checked(V1, now - 100, now - MINUTE).written(now - 50);
        assertFalse(held.fresh(MINUTE));
        Checked late = held.written(now - 150);
        assertEquals(now - 50, late.writtenAt());
        assertFalse(late.fresh(MINUTE));
    }

    @Test
    void aCheckIsFreshOnlyForTheStaleness() {
        long now = System.nanoTime();
        Checked held = new Checked(V1, now - 2_000_000_000L, now - MINUTE);
        assertTrue(held.fresh(MINUTE));
        assertFalse(held.fresh(1_000_000_000L));
    }
}
