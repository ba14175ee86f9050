package org.backcare.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.backcare.common.SqlQuery;

/**
 * The live (not retired) catalog, held in memory and reloaded when the one-row catalog version
 * moves. {@link #current()} checks that version on every call: whatever decides with the catalog
 * (sessions, plans and their contraindications, recommendations) uses it. {@link #recent()} reuses
 * a check younger than the configured read staleness: catalog reads, which clients may keep for
 * minutes anyway, then skip a database round trip each.
 */
@ApplicationScoped
public class ExerciseCatalog {

    /** An immutable view of the catalog at one version, sorted by slug. */
    public record Snapshot(long version, Map<String, Versioned> bySlug) {

        public List<Versioned> entries() {
            return List.copyOf(bySlug.values());
        }

        public Optional<Versioned> find(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }
    }

    /** An exercise with the version of its row: what reads send with an ETag and writes compare. */
    public record Versioned(Exercise exercise, long version) {
    }

    /**
     * The newest snapshot checked against the database, when that check began, and when a write
     * last committed here (System.nanoTime() each). A check that began before that write may have
     * missed it, so it is never fresh.
     */
    record Checked(Snapshot snapshot, long askedAt, long writtenAt) {

        boolean fresh(long stalenessNanos) {
            return askedAt - writtenAt > 0 && System.nanoTime() - askedAt < stalenessNanos;
        }

        /** This, or {@code newer} checked at {@code asked} if it is a newer version, or the same checked later. */
        Checked orNewer(Snapshot newer, long asked) {
            boolean newerCheck = newer.version() > snapshot.version()
                    || newer.version() == snapshot.version() && asked - askedAt > 0;
            return newerCheck ? new Checked(newer, asked, writtenAt) : this;
        }

        /** This, stale for checks begun up to {@code at}; two writes' marks may arrive out of order. */
        Checked written(long at) {
            return at - writtenAt > 0 ? new Checked(snapshot, askedAt, at) : this;
        }
    }

    /** Fired in the transaction of a write that moved the catalog version. */
    record Changed() {
    }

    private final ObjectMapper json;
    private final long stalenessNanos;
    private final AtomicReference<Checked> checked;
    /** The last snapshot loaded, so threads that see one new version at once load it once. */
    private Snapshot loaded = new Snapshot(-1, Map.of());

    ExerciseCatalog(ObjectMapper json, CatalogConfig config) {
        this.json = json;
        this.stalenessNanos = config.readStaleness().toNanos();
        long now = System.nanoTime();
        this.checked = new AtomicReference<>(new Checked(loaded, now, now));
    }

    /** The catalog as of now: its version is read (plain SQL) on every call. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot current() {
        long askedAt = System.nanoTime();
        long version = version();
        Snapshot known = checked.get().snapshot();
        Snapshot snapshot = known.version() >= version ? known : reload(version);
        checked.getAndUpdate(last -> last.orNewer(snapshot, askedAt));
        return snapshot;
    }

    /** The catalog as of at most the read staleness ago; as of now after a write on this replica. */
    public Snapshot recent() {
        Checked last = checked.get();
        return last.fresh(stalenessNanos) ? last.snapshot() : current();
    }

    /** A write here is seen by this replica's next read, not after the staleness. */
    void expire(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        long now = System.nanoTime();
        checked.getAndUpdate(last -> last.written(now));
    }

    private static long version() {
        return new SqlQuery("select version from catalog_state where id = 1").first(row -> row.getLong(1))
                .orElseThrow(() -> new IllegalStateException("no catalog version row"));
    }

    /**
     * A snapshot of at least {@code version}: rows read now are at least as new as the version read
     * before. In plain SQL, like the version: called within a transaction, Hibernate would answer
     * rows it had loaded earlier in that transaction as they were then.
     */
    private synchronized Snapshot reload(long version) {
        if (loaded.version() >= version) {
            return loaded;
        }
        // Sorted here, not by the database, whose collation may order slugs otherwise.
        Map<String, Versioned> entries = new TreeMap<>();
        new SqlQuery("select slug, document, version from exercise where retired = false")
                .all(row -> Map.entry(row.getString(1), new Versioned(read(row.getString(2)), row.getLong(3))))
                .forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
        loaded = new Snapshot(version, Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
        return loaded;
    }

    Exercise read(String document) {
        try {
            return json.readValue(document, Exercise.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable catalog entry", e);
        }
    }

    String write(Exercise exercise) {
        try {
            return json.writeValueAsString(exercise);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a catalog entry", e);
        }
    }
}
