package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills partner_plan_exercise (V8) from the shared exercises inside each existing plan's document. */
public class V9__index_plan_exercises extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Statement plans = context.getConnection().createStatement();
                ResultSet rows = plans.executeQuery("select id, document from partner_plan");
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "insert into partner_plan_exercise (plan_id, exercise_slug) values (?, ?)")) {
            while (rows.next()) {
                Set<String> slugs = new LinkedHashSet<>();
                JsonNode shared = json.readTree(rows.getString("document")).path("sharedExercises");
                shared.forEach(exercise -> slugs.add(exercise.path("slug").asText()));
                for (String slug : slugs) {
                    insert.setObject(1, rows.getObject("id"));
                    insert.setString(2, slug);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
