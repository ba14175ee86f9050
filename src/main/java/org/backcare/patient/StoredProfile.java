package org.backcare.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backcare.common.SqlQuery;

/**
 * A profile as stored, read for display in one plain statement with its prescriptions: through
 * Hibernate, loading the entity and its element collection was the largest part of a profile read.
 * Writes still go through the entity.
 */
record StoredProfile(UUID id, String displayName, Integer birthYear, Condition condition, LocalDate painOnsetDate,
        String timeZone, List<MedicationPrescription> medications, Instant createdAt, Instant updatedAt,
        long version) {

    static StoredProfile of(Patient patient) {
        return new StoredProfile(patient.id, patient.displayName, patient.birthYear, patient.condition,
                patient.painOnsetDate, patient.timeZone, prescriptions(patient), patient.createdAt, patient.updatedAt,
                patient.version);
    }

    /** The entity's prescriptions as shown. */
    static List<MedicationPrescription> prescriptions(Patient patient) {
        return patient.medications.stream().map(m -> PatientMapper.prescription(m.name, m.maxDailyDose, m.unit))
                .toList();
    }

    /** The profile, if it exists: one row per prescription (or one without), in their order. */
    static Optional<StoredProfile> find(UUID patientId) {
        List<Row> rows = new SqlQuery("select p.id, p.display_name, p.birth_year, p.condition_code, p.pain_onset_date,"
                + " p.time_zone, p.created_at, p.updated_at, p.version, m.name, m.max_daily_dose, m.unit"
                + " from patient p left join patient_medication m on m.patient_id = p.id"
                + " where p.id = ? order by m.position", patientId).all(Row::read);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0).profile()
                .withMedications(rows.stream().map(Row::medication).filter(Objects::nonNull).toList()));
    }

    private StoredProfile withMedications(List<MedicationPrescription> medications) {
        return new StoredProfile(id, displayName, birthYear, condition, painOnsetDate, timeZone, medications, createdAt,
                updatedAt, version);
    }

    private record Row(StoredProfile profile, MedicationPrescription medication) {

        static Row read(ResultSet row) throws SQLException {
            StoredProfile profile = new StoredProfile(SqlQuery.uuid(row, 1), row.getString(2),
                    row.getObject(3, Integer.class), Condition.valueOf(row.getString(4)),
                    row.getObject(5, LocalDate.class), row.getString(6), List.of(), SqlQuery.instant(row, 7),
                    SqlQuery.instant(row, 8), row.getLong(9));
            String medication = row.getString(10);
            return new Row(profile, medication == null ? null
                    : PatientMapper.prescription(medication, row.getBigDecimal(11), row.getString(12)));
        }
    }
}
