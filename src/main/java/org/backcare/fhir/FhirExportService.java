package org.backcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.DayWindow;
import org.backcare.exercise.SessionHistory;
import org.backcare.outcome.OutcomeHistory;
import org.backcare.painlog.PainLogHistory;
import org.backcare.patient.PatientDirectory;
import org.backcare.patient.PatientView;
import org.backcare.screening.ScreeningHistory;
import org.backcare.screening.ScreeningView;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds the FHIR R4 export of one patient's data over a span of local days. fhir:export is the
 * right to the format; each kind of record in it follows the reader's other scopes, and private
 * entries and what came from them follow the privacy rule, all as {@link AccessContext} decides.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class FhirExportService {

    /** Per kind of record; a longer history is exported in several windows. */
    static final int MAX_PER_KIND = 5000;
    static final int DEFAULT_DAYS = 365;
    static final int MAX_DAYS = 3660;

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final PatientAccess access;
    private final PatientDirectory patients;
    private final PainLogHistory painLogs;
    private final ScreeningHistory screenings;
    private final SessionHistory sessions;
    private final OutcomeHistory outcomes;
    private final Clock clock;

    FhirExportService(PatientAccess access, PatientDirectory patients, PainLogHistory painLogs,
            ScreeningHistory screenings, SessionHistory sessions, OutcomeHistory outcomes, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.painLogs = painLogs;
        this.screenings = screenings;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    String export(UUID patientId, LocalDate from, LocalDate to) {
        AccessContext caller = access.read(patientId, Scope.FHIR_EXPORT, "fhir.export");
        PatientView profile = patients.view(patientId, caller);
        ZoneId zone = ZoneId.of(profile.timeZone());
        DayWindow window = DayWindow.of(from, to, zone, LocalDate.now(clock.withZone(zone)), DEFAULT_DAYS, MAX_DAYS);

        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem(Codes.ID_SYSTEM + "/export").setValue(UUID.randomUUID().toString()));
        bundle.setTimestamp(Date.from(clock.instant()));
        Reference subject = Bundles.reference(patientId, "Patient");
        Bundles.add(bundle, ProfileAndSessions.patient(profile));
        painLogs.between(patientId, window.start(), window.end(), caller, MAX_PER_KIND)
                .forEach(log -> PainLogObservations.of(log, subject).forEach(o -> Bundles.add(bundle, o)));
        for (ScreeningView screening : screenings.between(patientId, window.start(), window.end(), caller,
                MAX_PER_KIND)) {
            ScreeningResources.of(screening, screenings.questionnaire(screening.result().questionnaireVersion()), subject)
                    .forEach(r -> Bundles.add(bundle, r));
        }
        sessions.between(patientId, window.start(), window.end(), caller, MAX_PER_KIND).forEach(session -> Bundles.add(bundle,
                ProfileAndSessions.session(session, sessions.exerciseName(session.exerciseSlug()), subject)));
        outcomes.between(patientId, window.start(), window.end(), caller, MAX_PER_KIND).forEach(result ->
                OutcomeResources.of(result, outcomes.instrument(result), subject).forEach(r -> Bundles.add(bundle, r)));
        return FHIR.newJsonParser().encodeResourceToString(bundle);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    String questionnaire(Integer version) {
        var source = version == null ? screenings.currentQuestionnaire() : screenings.questionnaire(version);
        return FHIR.newJsonParser().encodeResourceToString(RedFlagQuestionnaire.of(source));
    }
}
