package org.backcare.access;

import java.util.Optional;
import java.util.UUID;

/**
 * Who owns a patient profile, answered by the feature that keeps profiles, so that consent
 * checks never read another feature's tables.
 */
public interface PatientOwners {

    /** The owner's {@code sub}, or empty when no such profile exists. */
    Optional<String> ownerOf(UUID patientId);
}
