package org.backcare.fhir;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.backcare.exercise.SessionView;
import org.backcare.patient.PatientView;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * The Patient (only what the profile holds: a display name and a birth year) and exercise
 * sessions as Procedures: something the person did, over a period, with pain before and after.
 */
final class ProfileAndSessions {

    private ProfileAndSessions() {
    }

    static Patient patient(PatientView profile) {
        Patient patient = new Patient();
        patient.setId(profile.id().toString());
        patient.addIdentifier(new Identifier().setSystem(Codes.ID_SYSTEM + "/patient").setValue(profile.id().toString()));
        patient.setActive(true);
        patient.addName(new HumanName().setUse(HumanName.NameUse.USUAL).setText(profile.displayName()));
        if (profile.birthYear() != null) {
            patient.setBirthDateElement(new DateType(String.valueOf(profile.birthYear())));
        }
        return patient;
    }

    static Procedure session(SessionView session, String exerciseName, Reference patient) {
        Procedure procedure = new Procedure();
        procedure.setId(session.id().toString());
        procedure.addIdentifier(new Identifier().setSystem(Codes.ID_SYSTEM + "/exercise-session")
                .setValue(session.id().toString()));
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setCode(new CodeableConcept()
                .addCoding(Codes.snomed("229065009", "Exercise therapy"))
                .addCoding(new Coding(Codes.EXERCISE_SYSTEM, session.exerciseSlug(), exerciseName))
                .setText(exerciseName));
        procedure.setSubject(patient.copy());
        Instant start = session.performedAt();
        procedure.setPerformed(new Period().setStart(Date.from(start))
                .setEnd(Date.from(start.plus(session.durationMinutes(), ChronoUnit.MINUTES))));
        procedure.addNote().setText("Pain " + session.painBefore() + "/10 before, " + session.painAfter() + "/10 after"
                + (session.withPartner() ? "; done with the partner." : "."));
        if (session.notes() != null && !session.notes().isBlank()) {
            procedure.addNote().setText("Patient's note: " + session.notes());
        }
        return procedure;
    }
}
