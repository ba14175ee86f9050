package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Before one active plan per patient and partner became a constraint, a race could leave several.
 * The newest stays active; the others are archived, in their status column and in their document
 * alike. Then the unique index goes on.
 */
public class V11__one_active_plan_per_partner extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        try (Statement plans = db.createStatement();
                ResultSet rows = plans.executeQuery("select id, patient_id, partner_subject, document from partner_plan"
                        + " where status = 'ACTIVE' order by created_at desc, id desc");
                PreparedStatement keep = db.prepareStatement(
                        "update partner_plan set active_partner = partner_subject where id = ?");
                PreparedStatement archive = db.prepareStatement(
                        "update partner_plan set status = 'ARCHIVED', document = ? where id = ?")) {
            while (rows.next()) {
                Object id = rows.getObject("id");
                if (seen.add(rows.getString("patient_id") + "\n" + rows.getString("partner_subject"))) {
                    keep.setObject(1, id);
                    keep.addBatch();
                } else {
                    ObjectNode document = (ObjectNode) json.readTree(rows.getString("document"));
                    document.put("status", "ARCHIVED");
                    archive.setString(1, json.writeValueAsString(document));
                    archive.setObject(2, id);
                    archive.addBatch();
                }
            }
            keep.executeBatch();
            archive.executeBatch();
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("create unique index ux_plan_active_partner on partner_plan (patient_id, active_partner)");
        }
    }
}
