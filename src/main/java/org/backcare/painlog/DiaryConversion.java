package org.backcare.painlog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.backcare.screening.SymptomCode;

/**
 * Moves a diary kept as columns and child tables (migrations V2 to V11) to one JSON document per
 * entry and day counters per patient. Called once, by migration V12, over JDBC; its output is what
 * the application writes itself, made by the same code.
 */
public final class DiaryConversion {

    private DiaryConversion() {
    }

    public static void convertAll(Connection db) throws SQLException {
        Map<UUID, ZoneId> zones = new HashMap<>();
        try (PreparedStatement patients = db.prepareStatement("select id, time_zone from patient");
                ResultSet rows = patients.executeQuery()) {
            while (rows.next()) {
                zones.put(rows.getObject(1, UUID.class), ZoneId.of(rows.getString(2)));
            }
        }
        Map<UUID, DayCounts> days = new HashMap<>();
        try (PreparedStatement entries = db.prepareStatement("select id, patient_id, recorded_at, intensity, pain_pattern,"
                + " radiates_to_leg, interference, mood, stress, sleep_hours, sleep_disrupted, notes, is_private,"
                + " created_at from pain_log where deleted_at is null");
                PreparedStatement update = db.prepareStatement("update pain_log set body = ?, trigger_codes = ?,"
                        + " region_codes = ?, symptom_codes = ? where id = ?");
                ResultSet rows = entries.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                UUID patientId = rows.getObject("patient_id", UUID.class);
                PainLogBody body = body(db, id, patientId, rows);
                update.setString(1, PainLogDocuments.write(body));
                update.setString(2, PainLogDocuments.codes(body.triggers()));
                update.setString(3, PainLogDocuments.codes(body.locations().stream().map(PainLocation::region).toList()));
                update.setString(4, PainLogDocuments.codes(body.symptoms()));
                update.setObject(5, id);
                update.addBatch();
                days.computeIfAbsent(patientId, p -> new DayCounts()).add(body, zones.get(patientId), 1);
            }
            update.executeBatch();
        }
        for (Map.Entry<UUID, DayCounts> diary : days.entrySet()) {
            DayTable.insertAll(db, diary.getKey(), diary.getValue());
        }
    }

    private static PainLogBody body(Connection db, UUID id, UUID patientId, ResultSet row) throws SQLException {
        BigDecimal hours = row.getBigDecimal("sleep_hours");
        Boolean disrupted = (Boolean) row.getObject("sleep_disrupted");
        Sleep sleep = hours == null && disrupted == null ? null : new Sleep(hours, disrupted);
        String pattern = row.getString("pain_pattern");
        PainLogInput input = new PainLogInput(id, row.getTimestamp("recorded_at").toInstant().atOffset(ZoneOffset.UTC),
                row.getInt("intensity"), locations(db, id), names(db, id, "pain_log_quality", "quality", PainQuality.class),
                pattern == null ? null : PainPattern.valueOf(pattern), (Boolean) row.getObject("radiates_to_leg"),
                names(db, id, "pain_log_trigger", "trigger_code", Trigger.class), (Integer) row.getObject("interference"),
                (Integer) row.getObject("mood"), (Integer) row.getObject("stress"), sleep, medications(db, id),
                relief(db, id), names(db, id, "pain_log_symptom", "symptom", SymptomCode.class), row.getString("notes"),
                row.getBoolean("is_private"));
        return PainLogBody.of(id, patientId, input, row.getTimestamp("created_at").toInstant());
    }

    private static List<PainLocation> locations(Connection db, UUID id) throws SQLException {
        List<PainLocation> locations = new ArrayList<>();
        try (ResultSet rows = children(db, "select region, intensity from pain_log_location where log_id = ?", id)) {
            while (rows.next()) {
                locations.add(new PainLocation(BodyRegion.valueOf(rows.getString(1)), (Integer) rows.getObject(2)));
            }
        }
        return locations;
    }

    private static List<MedicationTaken> medications(Connection db, UUID id) throws SQLException {
        List<MedicationTaken> doses = new ArrayList<>();
        try (ResultSet rows = children(db, "select name, dose, unit, taken_at from pain_log_medication where log_id = ?"
                + " order by position", id)) {
            while (rows.next()) {
                Timestamp takenAt = rows.getTimestamp(4);
                doses.add(new MedicationTaken(rows.getString(1), rows.getBigDecimal(2), rows.getString(3),
                        takenAt == null ? null : takenAt.toInstant().atOffset(ZoneOffset.UTC)));
            }
        }
        return doses;
    }

    private static List<Relief> relief(Connection db, UUID id) throws SQLException {
        List<Relief> relief = new ArrayList<>();
        try (ResultSet rows = children(db, "select measure, helped from pain_log_relief where log_id = ?", id)) {
            while (rows.next()) {
                relief.add(new Relief(ReliefMeasure.valueOf(rows.getString(1)), (Integer) rows.getObject(2)));
            }
        }
        return relief;
    }

    private static <E extends Enum<E>> Set<E> names(Connection db, UUID id, String table, String column, Class<E> type)
            throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        try (ResultSet rows = children(db, "select " + column + " from " + table + " where log_id = ?", id)) {
            while (rows.next()) {
                values.add(Enum.valueOf(type, rows.getString(1)));
            }
        }
        return values;
    }

    /** The result set of a child-table query for one entry; closing it closes its statement. */
    private static ResultSet children(Connection db, String sql, UUID id) throws SQLException {
        PreparedStatement query = db.prepareStatement(sql);
        query.closeOnCompletion();
        query.setObject(1, id);
        return query.executeQuery();
    }
}
