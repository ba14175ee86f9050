package org.backcare.painlog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.common.ApiException;
import org.backcare.common.MergePatch;
import org.backcare.common.Preconditions;
import org.hibernate.exception.ConstraintViolationException;
import org.backcare.patient.PatientDirectory;

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
    private final EntryRedFlags redFlags;
    private final PatientDirectory patients;
    private final Clock clock;

    PainLogService(PatientAccess access, PainLogMapper mapper, PainLogRules rules, MergePatch mergePatch,
            EntryRedFlags redFlags, PatientDirectory patients, Clock clock) {
        this.access = access;
        this.mapper = mapper;
        this.rules = rules;
        this.mergePatch = mergePatch;
        this.redFlags = redFlags;
        this.patients = patients;
        this.clock = clock;
    }

    Written create(UUID patientId, PainLogInput input) {
        AccessContext owner = access.owner(patientId);
        rules.check(input);
        long seq = nextChange(patientId);
        PainLog log = new PainLog();
        log.id = input.id() == null ? UUID.randomUUID() : input.id();
        log.patientId = patientId;
        mapper.apply(input, log);
        String hash = mapper.contentHash(log);
        PainLog existing = input.id() == null ? null : PainLog.findById(input.id());
        if (existing != null) {
            return new Written(mapper.view(replay(existing, patientId, hash), owner), false);
        }
        Instant now = clock.instant();
        log.version = 1;
        log.changeSeq = seq;
        log.createHash = hash;
        log.createdAt = now;
        log.updatedAt = now;
        log.everShared = !log.isPrivate;
        redFlags.forNew(patientId, log.id, log.symptoms, log.isPrivate).applyTo(log);
        log.persist();
        try {
            PainLog.flush();
        } catch (ConstraintViolationException e) {
            // Another patient's device chose the same id at the same moment.
            throw idTaken();
        }
        return new Written(mapper.view(log, owner), true);
    }

    PainLogView replace(UUID patientId, UUID logId, String ifMatch, PainLogInput input) {
        AccessContext owner = access.owner(patientId);
        Preconditions.requirePresent(ifMatch);
        checkId(input, logId);
        rules.check(input);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Preconditions.requireMatch(ifMatch, log.version);
        return mapper.view(rewrite(log, input, seq), owner);
    }

    PainLogView patch(UUID patientId, UUID logId, String ifMatch, JsonNode patch) {
        AccessContext owner = access.owner(patientId);
        Preconditions.requirePresent(ifMatch);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Preconditions.requireMatch(ifMatch, log.version);
        PainLogInput merged = mergePatch.apply(mapper.input(log), patch, PainLogInput.class);
        checkId(merged, logId);
        rules.check(merged);
        return mapper.view(rewrite(log, merged, seq), owner);
    }

    /** Leaves a tombstone so syncing devices learn of the deletion; the content itself is erased. */
    void delete(UUID patientId, UUID logId, String ifMatch) {
        access.owner(patientId);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Preconditions.checkMatch(ifMatch, log.version);
        mapper.erase(log);
        log.deletedAt = clock.instant();
        touch(log, seq);
    }

    private PainLog rewrite(PainLog log, PainLogInput input, long seq) {
        EntryRedFlags.RedFlag flag = redFlags.forRewrite(log, input);
        mapper.apply(input, log);
        flag.applyTo(log);
        log.everShared |= !log.isPrivate;
        return touch(log, seq);
    }

    private static PainLog replay(PainLog existing, UUID patientId, String hash) {
        if (!existing.patientId.equals(patientId)) {
            throw idTaken();
        }
        if (existing.deleted()) {
            throw ApiException.conflict("The entry with this id was deleted; it cannot be created again.");
        }
        if (!existing.createHash.equals(hash)) {
            throw ApiException.conflict("An entry with this id was created with different content.");
        }
        return existing;
    }

    /** Stamps the change and writes it: the version moves in the update, which also checks it. */
    private PainLog touch(PainLog log, long seq) {
        log.changeSeq = seq;
        log.updatedAt = clock.instant();
        PainLog.flush();
        return log;
    }

    private static ApiException idTaken() {
        return ApiException.conflict("This id is already used by another entry; choose a new random UUID.");
    }

    private long nextChange(UUID patientId) {
        return patients.nextDiaryChange(patientId);
    }

    static PainLog live(UUID patientId, UUID logId) {
        return PainLog.<PainLog>findByIdOptional(logId)
                .filter(log -> log.patientId.equals(patientId) && !log.deleted())
                .orElseThrow(() -> notFound(logId));
    }

    static ApiException notFound(UUID logId) {
        return ApiException.notFound("No pain log " + logId + " for this patient.");
    }

    private static void checkId(PainLogInput input, UUID logId) {
        if (input.id() != null && !input.id().equals(logId)) {
            throw ApiException.invalid("id", "must match the entry's id in the path, or be absent");
        }
    }
}
