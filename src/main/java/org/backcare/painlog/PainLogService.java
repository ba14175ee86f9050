package org.backcare.painlog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.common.ApiException;
import org.backcare.common.MergePatch;
import org.backcare.common.Versions;
import org.backcare.patient.PatientDirectory;
import org.backcare.screening.DiaryScreenings;
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
    private final DiaryScreenings screenings;
    private final PatientDirectory patients;
    private final Clock clock;

    PainLogService(PatientAccess access, PainLogMapper mapper, PainLogRules rules, MergePatch mergePatch,
            DiaryScreenings screenings, PatientDirectory patients, Clock clock) {
        this.access = access;
        this.mapper = mapper;
        this.rules = rules;
        this.mergePatch = mergePatch;
        this.screenings = screenings;
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
        log.persist();
        screenIfNeeded(log, Set.of());
        return new Written(mapper.view(log, owner), true);
    }

    PainLogView replace(UUID patientId, UUID logId, String ifMatch, PainLogInput input) {
        AccessContext owner = access.owner(patientId);
        Versions.requirePresent(ifMatch);
        checkId(input, logId);
        rules.check(input);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Versions.requireMatch(ifMatch, log.version);
        return mapper.view(rewrite(log, input, seq), owner);
    }

    PainLogView patch(UUID patientId, UUID logId, String ifMatch, JsonNode patch) {
        AccessContext owner = access.owner(patientId);
        Versions.requirePresent(ifMatch);
        long seq = nextChange(patientId);
        PainLog log = live(patientId, logId);
        Versions.requireMatch(ifMatch, log.version);
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
        Versions.checkMatch(ifMatch, log.version);
        mapper.erase(log);
        log.deletedAt = clock.instant();
        touch(log, seq);
    }

    private PainLog rewrite(PainLog log, PainLogInput input, long seq) {
        Set<SymptomCode> symptomsBefore = Set.copyOf(log.symptoms);
        boolean wasPrivate = log.isPrivate;
        mapper.apply(input, log);
        if (log.isPrivate != wasPrivate) {
            screenings.followEntryPrivacy(log.id, log.isPrivate);
        }
        log.everShared |= !log.isPrivate;
        screenIfNeeded(log, symptomsBefore);
        return touch(log, seq);
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
            DiaryScreenings.LogScreening screening = screenings.screen(log.patientId, log.id, log.symptoms,
                    log.isPrivate);
            log.redFlagScreeningId = screening.screeningId();
            log.redFlagTriage = screening.triage();
        }
    }

    private static PainLog replay(PainLog existing, UUID patientId, String hash) {
        if (!existing.patientId.equals(patientId)) {
            throw ApiException.conflict("This id is already used by another entry; choose a new random UUID.");
        }
        if (existing.deleted()) {
            throw ApiException.conflict("The entry with this id was deleted; it cannot be created again.");
        }
        if (!existing.createHash.equals(hash)) {
            throw ApiException.conflict("An entry with this id was created with different content.");
        }
        return existing;
    }

    private PainLog touch(PainLog log, long seq) {
        log.version++;
        log.changeSeq = seq;
        log.updatedAt = clock.instant();
        return log;
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
