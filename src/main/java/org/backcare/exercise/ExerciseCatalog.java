package org.backcare.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live (not retired) catalog, held in memory. Every read first checks the one-row catalog
 * version, so a write on any replica is seen by every replica on its next request; the full
 * reload happens only when that number moved.
 */
@ApplicationScoped
public class ExerciseCatalog {

    /** An immutable view of the catalog at one version, sorted by slug. */
    public record Snapshot(long version, Map<String, Entry> bySlug) {

        public List<Entry> entries() {
            return List.copyOf(bySlug.values());
        }

        public Optional<Entry> find(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }
    }

    public record Entry(Exercise exercise, long version) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    ExerciseCatalog(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot current() {
        long version = ((Number) em.createNativeQuery("select version from catalog_state where id = 1")
                .getSingleResult()).longValue();
        Snapshot cached = snapshot;
        if (cached.version() == version) {
            return cached;
        }
        return reload(version);
    }

    private synchronized Snapshot reload(long version) {
        if (snapshot.version() == version) {
            return snapshot;
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        ExerciseEntry.<ExerciseEntry>list("retired = false").stream()
                .sorted(Comparator.comparing(e -> e.slug))
                .forEach(e -> entries.put(e.slug, new Entry(read(e.document), e.version)));
        Snapshot fresh = new Snapshot(version, java.util.Collections.unmodifiableMap(entries));
        snapshot = fresh;
        return fresh;
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
