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
import org.backcare.common.DatabaseFaults;
import org.backcare.common.MergePatch;
import org.backcare.common.Preconditions;
import org.backcare.patient.PatientDirectory;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes to the diary. Each write first takes the patient's change number under the patient
 * row's lock: writes to one diary serialize, so retried creates cannot race, concurrent edits
 * with the same If-Match have exactly one winner, and sync order equals commit order. The day
 * counters move in the same transaction, and everything the write sets off is worked out before
 * the entry itself is written, so it is written once, with one new version.
 */
@ApplicationScoped
@Transactional
class PainLogService {

    record Written(RenderedEntry entry, boolean created) {
    }

    private final PatientAccess access;
    private final PainLogMapper mapper;
    private final PainLogRules rules;
    private final MergePatch mergePatch;
    private final EntryRedFlags redFlags;
    private final DiaryDays days;
    private final PatientDirectory patients;
    private final Clock clock;

    PainLogService(PatientAccess access, PainLogMapper mapper, PainLogRules rules, MergePatch mergePatch,
            EntryRedFlags redFlags, DiaryDays days, PatientDirectory patients, Clock clock) {
        this.access = access;
        this.mapper = mapper;
        this.rules = rules;
        this.mergePatch = mergePatch;
        this.redFlags = redFlags;
        this.days = days;
        this.patients = patients;
        this.clock = clock;
    }

    Written create(UUID patientId, PainLogInput input) {
        AccessContext owner = access.owner(patientId);
        rules.check(input);
        PatientDirectory.DiaryChange change = patients.nextDiaryChange(patientId);
        String hash = mapper.contentHash(input);
        PainLog existing = input.id() == null ? null : PainLog.findById(input.id());
        if (existing != null) {
            return new Written(RenderedEntry.of(replay(existing, patientId, hash), owner), false);
        }
        Instant now = clock.instant();
        PainLog log = new PainLog();
        log.id = input.id() == null ? UUID.randomUUID() : input.id();
        log.patientId = patientId;
        log.version = 1;
        log.changeSeq = change.seq();
        log.createHash = hash;
        log.createdAt = now;
        log.updatedAt = now;
        PainLogBody body = mapper.body(input, log);
        // The screening this points to is written at commit, after the entry's own row: neither
        // table has a foreign key to the other. One added would need the session flushed before the insert.
        EntryRedFlags.RedFlag redFlag = redFlags.forNew(patientId, log.id, body.symptoms(), body.isPrivate());
        redFlag.applyTo(log);
        days.record(patientId, change.zone(), null, body);
        mapper.write(body, log);
        log.everShared = !log.isPrivate;
        try {
            NewEntryRow.insert(log);
        } catch (ConstraintViolationException e) {
            // Of the entry's unique keys a create can only hit its id: change numbers are taken
            // under the patient row's lock.
            if (!DatabaseFaults.isDuplicateKey(e.getSQLState())) {
                throw e;
            }
            // Another patient's device chose the same id at the same moment.
            throw idTaken();
        }
        return new Written(RenderedEntry.of(log, owner), true);
    }

    RenderedEntry replace(UUID patientId, UUID logId, String ifMatch, PainLogInput input) {
        AccessContext owner = access.owner(patientId);
        Preconditions.requirePresent(ifMatch);
        checkId(input, logId);
        rules.check(input);
        PatientDirectory.DiaryChange change = patients.nextDiaryChange(patientId);
        PainLog log = PainLog.live(patientId, logId);
        Preconditions.requireMatch(ifMatch, log.version);
        return RenderedEntry.of(rewrite(log, input, change), owner);
    }

    RenderedEntry patch(UUID patientId, UUID logId, String ifMatch, JsonNode patch) {
        AccessContext owner = access.owner(patientId);
        Preconditions.requirePresent(ifMatch);
        PatientDirectory.DiaryChange change = patients.nextDiaryChange(patientId);
        PainLog log = PainLog.live(patientId, logId);
        Preconditions.requireMatch(ifMatch, log.version);
        PainLogInput merged = mergePatch.apply(mapper.input(log), patch, PainLogInput.class);
        checkId(merged, logId);
        rules.check(merged);
        return RenderedEntry.of(rewrite(log, merged, change), owner);
    }

    /** Leaves a tombstone so syncing devices learn of the deletion; the content itself is erased. */
    void delete(UUID patientId, UUID logId, String ifMatch) {
        access.owner(patientId);
        PatientDirectory.DiaryChange change = patients.nextDiaryChange(patientId);
        PainLog log = PainLog.live(patientId, logId);
        Preconditions.checkMatch(ifMatch, log.version);
        days.record(patientId, change.zone(), mapper.body(log), null);
        mapper.erase(log);
        log.deletedAt = clock.instant();
        touch(log, change.seq());
    }

    private PainLog rewrite(PainLog log, PainLogInput input, PatientDirectory.DiaryChange change) {
        PainLogBody before = mapper.body(log);
        PainLogBody after = mapper.body(input, log);
        EntryRedFlags.RedFlag flag = redFlags.forRewrite(log, input);
        days.record(log.patientId, change.zone(), before, after);
        mapper.write(after, log);
        flag.applyTo(log);
        log.everShared |= !log.isPrivate;
        return touch(log, change.seq());
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

    private static void checkId(PainLogInput input, UUID logId) {
        if (input.id() != null && !input.id().equals(logId)) {
            throw ApiException.invalid("id", "must match the entry's id in the path, or be absent");
        }
    }
}
