package org.backcare.painlog;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.UUID;

/** Writes a diary's day counters from scratch over JDBC: for a rebuild, and for the migration that introduced them. */
final class DayTable {

    private static final String INSERT_DAY = "insert into pain_day (patient_id, local_day, is_private, "
            + String.join(", ", DayColumns.NAMES) + ") values (?, ?, ?"
            + String.join("", Collections.nCopies(DayColumns.COUNT, ", ?")) + ")";
    static final String INSERT_DOSE = "insert into pain_day_medication (patient_id, local_day, is_private, name, unit,"
            + " taken, entries) values (?, ?, ?, ?, ?, ?, ?)";

    private DayTable() {
    }

    /** Inserts every day and dose of {@code counts}; the diary must have none yet. */
    static void insertAll(Connection db, UUID patientId, DayCounts counts) throws SQLException {
        try (PreparedStatement day = db.prepareStatement(INSERT_DAY);
                PreparedStatement dose = db.prepareStatement(INSERT_DOSE)) {
            for (var entry : counts.days.entrySet()) {
                if (entry.getValue()[DayColumns.ENTRIES] == 0) {
                    continue;
                }
                day.setObject(1, patientId);
                day.setDate(2, Date.valueOf(entry.getKey().day()));
                day.setBoolean(3, entry.getKey().isPrivate());
                for (int i = 0; i < DayColumns.COUNT; i++) {
                    day.setLong(4 + i, entry.getValue()[i]);
                }
                day.addBatch();
            }
            for (var entry : counts.doses.entrySet()) {
                if (entry.getValue().entries() == 0) {
                    continue;
                }
                dose.setObject(1, patientId);
                dose.setDate(2, Date.valueOf(entry.getKey().day()));
                dose.setBoolean(3, entry.getKey().isPrivate());
                dose.setString(4, entry.getKey().name());
                dose.setString(5, entry.getKey().unit());
                dose.setBigDecimal(6, entry.getValue().taken());
                dose.setLong(7, entry.getValue().entries());
                dose.addBatch();
            }
            day.executeBatch();
            dose.executeBatch();
        }
    }
}
