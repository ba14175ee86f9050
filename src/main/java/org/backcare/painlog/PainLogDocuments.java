package org.backcare.painlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcare.access.AccessContext;
import org.backcare.common.ByteJoin;
import org.backcare.common.InstantText;
import org.backcare.common.RawJson;
import org.backcare.common.StrictJson;
import org.backcare.screening.SymptomCode;
import org.backcare.screening.Triage;

/**
 * Entries to and from their stored JSON, and the JSON a reader is sent. A read sends the stored
 * document as it is, with the parts that change between versions (version, updatedAt) and the
 * part that depends on the reader (the red-flag marker) put on the end: no object is built.
 * The mapper is configured as the application's, so stored and rendered JSON read the same.
 */
final class PainLogDocuments {

    private static final ObjectMapper JSON = StrictJson.standalone();
    private static final byte[] VERSION = ByteJoin.ascii(",\"version\":");
    private static final byte[] UPDATED_AT = ByteJoin.ascii(",\"updatedAt\":\"");
    private static final byte[] NOT_DELETED = ByteJoin.ascii("\",\"deleted\":false");
    private static final byte[] RED_FLAG = ByteJoin.ascii(",\"redFlag\":");
    private static final byte[] END = ByteJoin.ascii("}");

    private PainLogDocuments() {
    }

    static String write(PainLogBody body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a pain log", e);
        }
    }

    static PainLogBody read(String body) {
        try {
            return JSON.readValue(body, PainLogBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored pain log is unreadable", e);
        }
    }

    /**
     * The entry as {@code viewer} may see it. A deleted entry, or one they may not see (made
     * private since they synced it), is a tombstone: the id and the change, nothing of the content.
     */
    static RawJson render(StoredEntry log, AccessContext viewer) {
        if (log.deleted() || !viewer.seesEntry(log.isPrivate())) {
            StringBuilder tombstone = new StringBuilder(160).append("{\"id\":\"").append(log.id())
                    .append("\",\"patientId\":\"").append(log.patientId()).append("\",\"version\":").append(log.version())
                    .append(",\"updatedAt\":\"");
            return new RawJson(InstantText.append(tombstone, log.updatedAt()).append("\",\"deleted\":true}").toString());
        }
        RedFlagMarker marker = marker(log.isPrivate(), log.symptomCodes(), log.redFlagScreeningId(), log.redFlagTriage(),
                viewer);
        byte[] redFlag = ByteJoin.NONE;
        if (marker != null) {
            try {
                redFlag = ByteJoin.concat(RED_FLAG, JSON.writeValueAsBytes(marker));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render a red-flag marker", e);
            }
        }
        // The stored document without its closing brace, then the rest, in bytes: the document is
        // copied once, and no text is encoded again.
        byte[] body = log.body();
        return RawJson.ofUtf8(ByteJoin.join(body, body.length - 1, VERSION, ByteJoin.ascii(Long.toString(log.version())),
                UPDATED_AT, InstantText.ascii(log.updatedAt()), NOT_DELETED, redFlag, END));
    }

    /** The entry as a record, for features that work with its content (exports). */
    static PainLogView view(PainLog log, AccessContext viewer) {
        PainLogBody body = read(log.body);
        return new PainLogView(log.id, log.patientId, body.recordedAt(), body.intensity(), body.locations(),
                body.qualities(), body.pattern(), body.radiatesToLeg(), body.triggers(), body.interference(), body.mood(),
                body.stress(), body.sleep(), body.medications(), body.reliefMeasures(), body.symptoms(), body.notes(),
                body.isPrivate(), log.version, body.createdAt(), log.updatedAt, false,
                marker(log.isPrivate, log.symptomCodes, log.redFlagScreeningId, log.redFlagTriage, viewer));
    }

    /** The red-flag marker, with the screening only for a reader who may see that screening. */
    private static RedFlagMarker marker(boolean isPrivate, String symptomCodes, UUID screeningId, Triage triage,
            AccessContext viewer) {
        boolean seesScreening = viewer.seesScreening(isPrivate);
        return RedFlagMarker.of(decode(symptomCodes, SymptomCode.class), seesScreening ? screeningId : null,
                seesScreening ? triage : null);
    }

    /** "|A|B|" for a filter column, or null for none: a code is found with LIKE '%|A|%'. */
    static String codes(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).collect(Collectors.joining("|", "|", "|"));
    }

    static String codeFilter(Enum<?> value) {
        return "%|" + value.name() + "|%";
    }

    static <E extends Enum<E>> Set<E> decode(String codes, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (codes != null) {
            Arrays.stream(codes.split("\\|")).filter(code -> !code.isEmpty())
                    .forEach(code -> values.add(Enum.valueOf(type, code)));
        }
        return values;
    }
}
