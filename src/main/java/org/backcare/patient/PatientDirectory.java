package org.backcare.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.backcare.common.ApiException;

/**
 * What other features may know of a profile once the consent check has passed: its time zone
 * (for day boundaries) and its prescriptions (for dose checks). The entity stays in here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PatientDirectory {

    private final PatientMapper mapper;

    PatientDirectory(PatientMapper mapper) {
        this.mapper = mapper;
    }

    /** The profile as its owner sees it; callers have checked the caller's access. */
    public PatientView view(UUID patientId) {
        return mapper.view(load(patientId));
    }

    public ZoneId timeZone(UUID patientId) {
        return ZoneId.of(load(patientId).timeZone);
    }

    /** Age in whole years (from the birth year, so at most one year off) and weeks since onset, when known. */
    public Facts facts(UUID patientId, LocalDate today) {
        Patient patient = load(patientId);
        Integer age = patient.birthYear == null ? null : today.getYear() - patient.birthYear;
        Long weeks = patient.painOnsetDate == null ? null
                : ChronoUnit.WEEKS.between(patient.painOnsetDate, today);
        return new Facts(ZoneId.of(patient.timeZone), age, weeks, patient.condition,
                Phase.of(patient.painOnsetDate, today));
    }

    /** @param phase null when the onset date is unknown */
    public record Facts(ZoneId timeZone, Integer ageYears, Long painWeeks, Condition condition, Phase phase) {
    }

    public List<MedicationPrescription> prescriptions(UUID patientId) {
        return load(patientId).medications.stream()
                .map(m -> new MedicationPrescription(m.name, m.maxDailyDose, m.unit)).toList();
    }

    private static Patient load(UUID patientId) {
        return Patient.<Patient>findByIdOptional(patientId)
                .orElseThrow(() -> ApiException.notFound("No patient " + patientId + " is visible to you."));
    }
}
