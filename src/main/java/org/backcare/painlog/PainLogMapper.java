package org.backcare.painlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.backcare.common.StrictJson;

/** Between entries and what clients send; also the canonical form that idempotent creates compare. */
@ApplicationScoped
class PainLogMapper {

    private final ObjectMapper canonical = StrictJson.standalone()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** What the client sent, in the stored form of this entry. */
    PainLogBody body(PainLogInput input, PainLog log) {
        return PainLogBody.of(log.id, log.patientId, input, log.createdAt);
    }

    /** Writes the content onto the entry: the document, and the columns queries select on. */
    void write(PainLogBody body, PainLog log) {
        log.recordedAt = body.recordedAt();
        log.intensity = body.intensity();
        log.isPrivate = body.isPrivate();
        log.body = PainLogDocuments.write(body);
        log.triggerCodes = PainLogDocuments.codes(body.triggers());
        log.regionCodes = PainLogDocuments.codes(body.locations().stream().map(PainLocation::region).toList());
        log.symptomCodes = PainLogDocuments.codes(body.symptoms());
    }

    /** The stored content, or null once deleted. */
    PainLogBody body(PainLog log) {
        return log.body == null ? null : PainLogDocuments.read(log.body);
    }

    PainLogInput input(PainLog log) {
        return PainLogDocuments.read(log.body).input();
    }

    /** Drops the health content of a deleted entry; the tombstone keeps only what sync needs. */
    void erase(PainLog log) {
        log.intensity = null;
        log.body = null;
        log.triggerCodes = null;
        log.regionCodes = null;
        log.symptomCodes = null;
        log.redFlagScreeningId = null;
        log.redFlagTriage = null;
    }

    /** SHA-256 of the entry's content in canonical form: same content, however it was written, same hash. */
    String contentHash(PainLogInput input) {
        try {
            byte[] json = canonical.writeValueAsBytes(PainLogBody.of(null, null, input, null).input());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a pain log", e);
        }
    }
}
