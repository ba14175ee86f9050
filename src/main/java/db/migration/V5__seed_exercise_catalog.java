package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the catalog from the versioned data file catalog/exercises-v1.json, one row per entry
 * with the entry as its document. Later changes to the seed come as new migrations.
 */
public class V5__seed_exercise_catalog extends BaseJavaMigration {

    static final String SEED = "catalog/exercises-v1.json";

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode seed;
        try (InputStream in = V5__seed_exercise_catalog.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SEED);
            }
            seed = json.readTree(in);
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into exercise (slug, document, version, retired, created_at, updated_at)"
                        + " values (?, ?, 1, false, ?, ?)")) {
            for (JsonNode entry : seed.get("exercises")) {
                insert.setString(1, entry.get("slug").asText());
                insert.setString(2, json.writeValueAsString(entry));
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement bump = context.getConnection().prepareStatement(
                "update catalog_state set version = version + 1 where id = 1")) {
            bump.executeUpdate();
        }
    }
}
