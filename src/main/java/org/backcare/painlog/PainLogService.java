package org.backcare.painlog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.backcare.access.PatientAccess;
import org.backcare.common.ApiException;
import org.backcare.common.MergePatch;
import org.backcare.common.Versions;
import org.backcare.screening.ScreeningService;
import org.backcare.screening.SymptomCode;

/**
 * Writes to the diary. Each write first takes the patient's change number under the patient
 * row's lock: writes to one diary serialize, so retried creates cannot race, concurrent edits
 * with the same If-Match have exactly one winner, and sync order equals commit order.
 */
@ApplicationScoped
@Transactional
class PainLogService {

    record Written(PainLogView entry, boolean created) {
    }

    private final PatientAccess access;
    private final PainLogMapper mapper;
    private final PainLogRules rules;
    private final MergePatch mergePatch;
    private final ScreeningService screenings;
    private final EntityManager em;
    private final Clock clock;

    PainLogService(PatientAccess access, PainLogMapper mapper, PainLogRules rules, MergePatch mergePatch,
            ScreeningService screenings, EntityManager em, Clock clock) {
        this.screenings = screenings;
        this.access = access;
        this.mapper = mapper;
        this.rules = rules;
        this.mergePatch = mergePatch;
        this.em = em;
        this.clock = clock;
    }

    Written create(UUID patientId, PainLogInput input) {
        access.owner(patientId);
        rules.check(input);
        long seq = nextChange(patientId);
        PainLog log = new PainLog();
        log.id = input.id() == null ? UUID.randomUUID() : input.id();
        log.patientId = patientId;
        mapper.apply(input, log);
        String hash = mapper.contentHash(log);
        PainLog existing = input.id() == null ? null : PainLog.findById(input.id());
        if (existing != null) {
            return new Written(replay(existing, patientId, hash), false);
        }
        Instant now = clock.instant();
        log.version = 1;
        log.changeSeq = seq;
        log.createHash = hash;
        log.createdAt = now;
        log.updatedAt = now;
        log.persist();
        screenIfNeeded(log, Set.of());
        return new Written(mapper.view(log), true);
    }

    PainLogView replace(UUID patientId, UUID logId, String ifMatch, PainLogInput input) {
        access.owner(patientId);
        Versions.requirePresent(ifMatch);
        checkId(input, logId);
        rules.check(input);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Versions.requireMatch(ifMatch, log.version);
        Set<SymptomCode> before = Set.copyOf(log.symptoms);
        mapper.apply(input, log);
        screenIfNeeded(log, before);
        return mapper.view(touch(log, seq));
    }

    PainLogView patch(UUID patientId, UUID logId, String ifMatch, JsonNode patch) {
        access.owner(patientId);
        Versions.requirePresent(ifMatch);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Versions.requireMatch(ifMatch, log.version);
        PainLogInput merged = mergePatch.apply(mapper.input(log), patch, PainLogInput.class);
        checkId(merged, logId);
        rules.check(merged);
        Set<SymptomCode> before = Set.copyOf(log.symptoms);
        mapper.apply(merged, log);
        screenIfNeeded(log, before);
        return mapper.view(touch(log, seq));
    }

    /** Leaves a tombstone so syncing devices learn of the deletion; the content itself is erased. */
    void delete(UUID patientId, UUID logId, String ifMatch) {
        access.owner(patientId);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Versions.checkMatch(ifMatch, log.version);
        mapper.erase(log);
        log.deletedAt = clock.instant();
        touch(log, seq);
    }

    /**
     * Red-flag symptoms are screened the moment they are written; an unchanged set is not
     * screened again, and an entry without symptoms carries no screening.
     */
    private void screenIfNeeded(PainLog log, Set<SymptomCode> before) {
        if (log.symptoms.isEmpty()) {
            log.redFlagScreeningId = null;
            log.redFlagTriage = null;
        } else if (!log.symptoms.equals(before)) {
            ScreeningService.LogScreening screening = screenings.screenLog(log.patientId, log.id, log.symptoms);
            log.redFlagScreeningId = screening.screeningId();
            log.redFlagTriage = screening.triage();
        }
    }

    private PainLogView replay(PainLog existing, UUID patientId, String hash) {
        if (!existing.patientId.equals(patientId)) {
            throw ApiException.conflict("This id is already used by another entry; choose a new random UUID.");
        }
        if (existing.deleted()) {
            throw ApiException.conflict("The entry with this id was deleted; it cannot be created again.");
        }
        if (!existing.createHash.equals(hash)) {
            throw ApiException.conflict("An entry with this id was created with different content.");
        }
        return mapper.view(existing);
    }

    private PainLog touch(PainLog log, long seq) {
        log.version++;
        log.changeSeq = seq;
        log.updatedAt = clock.instant();
        return log;
    }

    private long nextChange(UUID patientId) {
        int updated = em.createNativeQuery("update patient set change_seq = change_seq + 1 where id = ?1")
                .setParameter(1, patientId).executeUpdate();
        if (updated != 1) {
            throw ApiException.notFound("No patient " + patientId + " is visible to you.");
        }
        return ((Number) em.createNativeQuery("select change_seq from patient where id = ?1")
                .setParameter(1, patientId).getSingleResult()).longValue();
    }

    static PainLog live(UUID patientId, UUID logId) {
        return PainLog.<PainLog>findByIdOptional(logId)
                .filter(log -> log.patientId.equals(patientId) && !log.deleted())
                .orElseThrow(() -> ApiException.notFound("No pain log " + logId + " for this patient."));
    }

    private static void checkId(PainLogInput input, UUID logId) {
        if (input.id() != null && !input.id().equals(logId)) {
            throw ApiException.invalid("id", "must match the entry's id in the path, or be absent");
        }
    }
}
