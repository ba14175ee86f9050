package org.backcare.patient;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.backcare.access.AccessContext;
import org.backcare.common.ApiException;
import org.backcare.common.ProblemType;
import org.backcare.common.Violation;

/** Between the profile entity and its records, with the checks Bean Validation cannot express. */
@ApplicationScoped
class PatientMapper {

    static final String DEFAULT_TIME_ZONE = "UTC";

    private final Clock clock;
    private final PatientAlerts alerts;

    PatientMapper(Clock clock, PatientAlerts alerts) {
        this.clock = clock;
        this.alerts = alerts;
    }

    void apply(PatientInput input, Patient patient) {
        String zone = input.timeZone() == null ? DEFAULT_TIME_ZONE : input.timeZone();
        check(input, zone);
        patient.displayName = input.displayName().strip();
        patient.birthYear = input.birthYear();
        patient.condition = input.condition() == null ? Condition.UNKNOWN : input.condition();
        patient.painOnsetDate = input.painOnsetDate();
        patient.timeZone = zone;
        patient.medications.clear();
        if (input.medications() != null) {
            input.medications().forEach(m -> patient.medications.add(toEntity(m)));
        }
        patient.updatedAt = clock.instant();
    }

    PatientInput input(Patient patient) {
        return new PatientInput(patient.displayName, patient.birthYear, patient.condition, patient.painOnsetDate,
                patient.timeZone, StoredProfile.prescriptions(patient));
    }

    /** The profile as {@code viewer} sees it: open screenings only where they may see them. */
    PatientView view(Patient patient, AccessContext viewer) {
        return view(StoredProfile.of(patient), viewer);
    }

    PatientView view(StoredProfile profile, AccessContext viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(profile.timeZone())));
        return new PatientView(profile.id(), profile.displayName(), profile.birthYear(), profile.condition(),
                profile.painOnsetDate(), Phase.of(profile.painOnsetDate(), today), profile.timeZone(),
                profile.medications(), alerts.openScreenings(profile.id(), viewer).visible(), profile.createdAt(),
                profile.updatedAt(), profile.version());
    }

    private void check(PatientInput input, String zone) {
        List<Violation> violations = new ArrayList<>();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            violations.add(new Violation("timeZone", "must be an IANA time zone such as Europe/Amsterdam"));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (input.birthYear() != null && input.birthYear() > thisYear) {
            violations.add(new Violation("birthYear", "must not be in the future"));
        }
        if (input.birthYear() != null && input.painOnsetDate() != null
                && input.painOnsetDate().getYear() < input.birthYear()) {
            violations.add(new Violation("painOnsetDate", "must not be before the birth year"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The profile has invalid values.", violations);
        }
    }

    /** A prescription as shown: the dose without the zeros the column's scale pads it with. */
    static MedicationPrescription prescription(String name, BigDecimal maxDailyDose, String unit) {
        return new MedicationPrescription(name, maxDailyDose.stripTrailingZeros(), unit);
    }

    private static Medication toEntity(MedicationPrescription prescription) {
        Medication medication = new Medication();
        medication.name = prescription.name().strip();
        medication.maxDailyDose = prescription.maxDailyDose();
        medication.unit = prescription.unit().strip();
        return medication;
    }
}
