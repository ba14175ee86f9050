package org.backcare.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The live (not retired) catalog, held in memory. Every read first checks the one-row catalog
 * version, so a write on any replica is seen by every replica on its next request; the full
 * reload happens only when that number moved.
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

    private final DataSource dataSource;
    private final ObjectMapper json;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    ExerciseCatalog(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * The catalog as of now. Its version is read with plain JDBC on every call: it is all a read
     * costs when nothing changed, and this is the only catalog read that reaches the database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot current() {
        long version = version();
        Snapshot cached = snapshot;
        if (cached.version() == version) {
            return cached;
        }
        return reload(version);
    }

    private long version() {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement("select version from catalog_state where id = 1");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog version", e);
        }
    }

    private synchronized Snapshot reload(long version) {
        if (snapshot.version() == version) {
            return snapshot;
        }
        Map<String, Versioned> entries = new LinkedHashMap<>();
        ExerciseRow.<ExerciseRow>list("retired = false").stream()
                .sorted(Comparator.comparing(e -> e.slug))
                .forEach(e -> entries.put(e.slug, new Versioned(read(e.document), e.version)));
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
