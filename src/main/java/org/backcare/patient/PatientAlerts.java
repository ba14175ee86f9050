package org.backcare.patient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Things about a patient that must show on the profile, supplied by other features (open
 * red-flag screenings, so far) without this package depending on them.
 */
public interface PatientAlerts {

    /**
     * The open EMERGENCY/URGENT screenings, as far as {@code viewer} may see them. Read in plain SQL:
     * it sees what is committed or flushed, so a caller that has just stored a screening through
     * Hibernate flushes before asking.
     */
    OpenScreenings openScreenings(UUID patientId, AccessContext viewer);

    /**
     * @param visible newest first, the ones the viewer may see
     * @param anyHidden whether some open screening exists that the viewer may not see: routes that
     *                  would suggest activity hold back and say only that the plan is paused
     */
    record OpenScreenings(List<OpenScreening> visible, boolean anyHidden) {

        public boolean any() {
            return anyHidden || !visible.isEmpty();
        }
    }

    @Schema(name = "OpenScreening")
    record OpenScreening(
            @Schema(required = true) UUID screeningId,
            @Schema(required = true, maxLength = 16) String triage,
            @Schema(required = true, maxLength = 2000) String action,
            @Schema(required = true) Instant createdAt) {
    }
}
