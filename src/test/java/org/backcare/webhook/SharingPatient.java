package org.backcare.webhook;

import java.util.UUID;
import org.backcare.support.Api;

/** A patient who granted a clinic screenings:read: the setting every webhook test starts from. */
record SharingPatient(String ownerToken, String patientId, String clinicToken, String grantId) {

    static SharingPatient create(String prefix) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = Api.token(prefix + "-owner-" + tag, "patient");
        String patient = Api.createPatient(owner, prefix + " " + tag);
        String clinic = prefix + "-clinic-" + tag;
        String grantId = Api.grant(owner, patient, clinic, "CLINICIAN", "screenings:read").path("id");
        return new SharingPatient(owner, patient, Api.token(clinic, "clinician"), grantId);
    }
}
