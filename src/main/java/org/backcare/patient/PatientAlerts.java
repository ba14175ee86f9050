package org.backcare.patient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Things about a patient that must show on the profile, supplied by other features (open
 * red-flag screenings, so far) without this package depending on them.
 */
public interface PatientAlerts {

    List<OpenScreening> openScreenings(UUID patientId);

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OpenScreening")
    record OpenScreening(UUID screeningId, String triage, String action, Instant createdAt) {
    }
}
