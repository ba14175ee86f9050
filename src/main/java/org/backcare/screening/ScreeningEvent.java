package org.backcare.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired synchronously, inside the storing transaction, when a screening reaches EMERGENCY or
 * URGENT or such a screening is resolved; observers (webhooks) write in the same transaction.
 * {@code fromPrivateEntry} lets them ask who may be told.
 */
public record ScreeningEvent(Kind kind, UUID patientId, UUID screeningId, Triage triage, boolean fromPrivateEntry,
        Instant occurredAt) {

    public enum Kind { EMERGENCY, URGENT, RESOLVED }
}
