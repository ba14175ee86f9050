package org.backcare.painlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A diary written in the old shape (columns and child tables, migrations up to V11) survives the
 * move to documents and day counters (V12 to V14): every field lands in the document, the filter
 * columns are set, and the day counters hold what the entries say, on the patient's local days.
 */
class DiaryMigrationTest {

    @Test
    void oldEntriesBecomeDocumentsAndDayCounters() throws Exception {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target("11").load().migrate();
        UUID patient = UUID.randomUUID();
        UUID log = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("insert into patient (id, owner_subject, display_name, condition_code, time_zone, created_at,"
                    + " updated_at, version) values ('" + patient + "', 'old', 'Old', 'UNKNOWN', 'Europe/Amsterdam',"
                    + " now(), now(), 1)");
            // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam.
            sql.execute("insert into pain_log (id, patient_id, recorded_at, intensity, pain_pattern, radiates_to_leg,"
                    + " interference, mood, stress, sleep_hours, sleep_disrupted, notes, is_private, ever_shared, version,"
                    + " change_seq, create_hash, created_at, updated_at) values ('" + log + "', '" + patient + "',"
                    + " timestamp with time zone '2026-03-01 23:30:00+00', 7, 'CONSTANT', true, 5, 2, 6, 6.5, true,"
                    + " 'Bad night', false, true, 3, 1, 'hash', now(), now())");
            sql.execute("insert into pain_log_location (log_id, region, intensity) values ('" + log + "', 'NECK', 4)");
            sql.execute("insert into pain_log_location (log_id, region, intensity) values ('" + log + "', 'LOWER_BACK', null)");
            sql.execute("insert into pain_log_trigger (log_id, trigger_code) values ('" + log + "', 'SITTING')");
            sql.execute("insert into pain_log_quality (log_id, quality) values ('" + log + "', 'ACHING')");
            sql.execute("insert into pain_log_symptom (log_id, symptom) values ('" + log + "', 'NIGHT_PAIN')");
            sql.execute("insert into pain_log_relief (log_id, measure, helped) values ('" + log + "', 'HEAT', 6)");
            sql.execute("insert into pain_log_medication (log_id, position, name, dose, unit, taken_at) values ('" + log
                    + "', 0, 'Ibuprofen', 400, 'mg', null)");
        }

        Flyway.configure().dataSource(url, "sa", "").load().migrate();

        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            ResultSet entry = sql.executeQuery("select body, trigger_codes, region_codes, symptom_codes from pain_log");
            assertTrue(entry.next());
            PainLogBody body = PainLogDocuments.read(entry.getString(1));
            assertEquals(7, body.intensity());
            assertEquals(PainPattern.CONSTANT, body.pattern());
            assertEquals("Bad night", body.notes());
            assertEquals(2, body.mood());
            assertEquals(0, new java.math.BigDecimal("6.5").compareTo(body.sleep().hours()));
            assertEquals("Ibuprofen", body.medications().get(0).name());
            assertEquals(2, body.locations().size());
            assertEquals("|SITTING|", entry.getString(2));
            assertTrue(entry.getString(3).contains("|NECK|") && entry.getString(3).contains("|LOWER_BACK|"));
            assertEquals("|NIGHT_PAIN|", entry.getString(4));

            ResultSet day = sql.executeQuery("select local_day, entries, i7, disrupted, low_mood, t_sitting, l_neck_sum,"
                    + " l_lower_back_sum, r_heat_helped, p0_n from pain_day");
            assertTrue(day.next());
            assertEquals("2026-03-02", day.getDate(1).toLocalDate().toString());
            long[] counts = {day.getLong(2), day.getLong(3), day.getLong(4), day.getLong(5), day.getLong(6),
                    day.getLong(7), day.getLong(8), day.getLong(9), day.getLong(10)};
            assertEquals("[1, 1, 1, 1, 1, 4, 7, 6, 1]", java.util.Arrays.toString(counts));
            ResultSet dose = sql.executeQuery("select local_day, name, unit, taken from pain_day_medication");
            assertTrue(dose.next());
            assertEquals("ibuprofen mg 400", dose.getString(2) + " " + dose.getString(3) + " "
                    + dose.getBigDecimal(4).stripTrailingZeros().toPlainString());
            ResultSet gone = sql.executeQuery("select count(*) from information_schema.tables"
                    + " where lower(table_name) like 'pain_log_%'");
            gone.next();
            assertEquals(0, gone.getInt(1));
        }
    }
}
