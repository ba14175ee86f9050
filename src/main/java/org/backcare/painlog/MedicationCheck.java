package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.backcare.patient.MedicationPrescription;
import org.backcare.patient.PatientDirectory;

/** Medication taken per local day against the profile's prescribed maximum (same name and unit). */
@ApplicationScoped
class MedicationCheck {

    private final SummaryQueries queries;
    private final PatientDirectory patients;

    MedicationCheck(SummaryQueries queries, PatientDirectory patients) {
        this.queries = queries;
        this.patients = patients;
    }

    List<PainLogSummary.MedicationDay> perDay(SummaryQueries.Window window) {
        List<MedicationPrescription> prescribed = patients.prescriptions(window.patientId());
        return queries.doses(window).stream().map(day -> {
            MedicationPrescription match = prescribed.stream()
                    .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(day.name())
                            && p.unit().toLowerCase(Locale.ROOT).equals(day.unit()))
                    .findFirst().orElse(null);
            BigDecimal max = match == null ? null : match.maxDailyDose().stripTrailingZeros();
            return new PainLogSummary.MedicationDay(day.date(), match == null ? day.name() : match.name(),
                    match == null ? day.unit() : match.unit(), day.taken(), max,
                    max != null && day.taken().compareTo(max) > 0);
        }).toList();
    }
}
