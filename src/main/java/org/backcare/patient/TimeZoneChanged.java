package org.backcare.patient;

import java.time.ZoneId;
import java.util.UUID;

/**
 * Fired synchronously, in the transaction that changed it and after the profile row is written
 * (so its lock is held), when a patient's time zone changes: their local days begin at other
 * instants, and whatever counts by day must count again.
 */
public record TimeZoneChanged(UUID patientId, ZoneId zone) {
}
