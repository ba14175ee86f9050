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
        return queries.medicationDays(window).stream().map(r -> {
            String name = (String) r[1];
            String unit = (String) r[2];
            BigDecimal taken = ((BigDecimal) r[3]).stripTrailingZeros();
            MedicationPrescription match = prescribed.stream()
                    .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(name)
                            && p.unit().toLowerCase(Locale.ROOT).equals(unit))
                    .findFirst().orElse(null);
            BigDecimal max = match == null ? null : match.maxDailyDose().stripTrailingZeros();
            return new PainLogSummary.MedicationDay(SummaryQueries.date(r[0]), match == null ? name : match.name(),
                    match == null ? unit : match.unit(), taken, max, max != null && taken.compareTo(max) > 0);
        }).toList();
    }
}
