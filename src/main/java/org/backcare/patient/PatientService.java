package org.backcare.patient;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.common.ApiException;
import org.backcare.common.Caller;
import org.backcare.common.MergePatch;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Preconditions;
import org.backcare.common.SqlQuery;

/** Profiles. Reads are transactional too: a grantee's read appends to the access log. */
@ApplicationScoped
@Transactional
class PatientService {

    private final PatientAccess access;
    private final Caller caller;
    private final MergePatch mergePatch;
    private final PatientMapper mapper;
    private final Event<TimeZoneChanged> zoneChanges;
    private final PatientDirectory directory;

    PatientService(PatientAccess access, Caller caller, MergePatch mergePatch, PatientMapper mapper,
            Event<TimeZoneChanged> zoneChanges, PatientDirectory directory) {
        this.directory = directory;
        this.access = access;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.mapper = mapper;
        this.zoneChanges = zoneChanges;
    }

    PatientView create(PatientInput input) {
        String subject = caller.subject();
        Patient.findByOwner(subject).ifPresent(existing -> {
            throw ApiException.conflict("You already have a profile: /v1/patients/" + existing.id);
        });
        Patient patient = new Patient();
        patient.id = UUID.randomUUID();
        patient.ownerSubject = subject;
        mapper.apply(input, patient);
        patient.createdAt = patient.updatedAt;
        patient.version = 1;
        try {
            patient.persistAndFlush();
        } catch (PersistenceException e) {
            // Lost a race with a concurrent create by the same person: the unique owner key decided.
            throw ApiException.conflict("You already have a profile.");
        }
        return mapper.view(patient, access.owner(patient.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PatientView get(UUID patientId) {
        AccessContext reader = access.read(patientId, null, "patient.read");
        return directory.view(patientId, reader);
    }

    /** The version is checked twice: here, to refuse early, and by the update itself, which decides a race. */
    PatientView update(UUID patientId, String ifMatch, JsonNode patch) {
        AccessContext owner = access.owner(patientId);
        Preconditions.requirePresent(ifMatch);
        Patient patient = load(patientId);
        Preconditions.requireMatch(ifMatch, patient.version);
        String zoneBefore = patient.timeZone;
        mapper.apply(mergePatch.apply(mapper.input(patient), patch, PatientInput.class), patient);
        Patient.flush();
        if (!patient.timeZone.equals(zoneBefore)) {
            zoneChanges.fire(new TimeZoneChanged(patientId, ZoneId.of(patient.timeZone)));
        }
        return mapper.view(patient, owner);
    }

    /** Erases the profile; the schema cascades to everything that hangs off it. */
    void delete(UUID patientId) {
        access.owner(patientId);
        load(patientId).delete();
        directory.forget(patientId);
    }

    /** The patients who granted the caller access; each listed profile counts as a read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PatientView> listGranted(PageParams page) {
        Page<AccessContext> grants = access.grantedToCaller(page);
        grants.items().forEach(grant -> access.logRead(grant, "patient.list"));
        return new Page<>(grants.items().stream().map(grant -> directory.view(grant.patientId(), grant)).toList(),
                grants.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    UUID ownPatientId() {
        // Plain SQL: asked on every GET /v1/me, where Hibernate's projection query took 8% of a profiled request.
        return new SqlQuery("select id from patient where owner_subject = ?", caller.subject())
                .first(row -> SqlQuery.uuid(row, 1)).orElse(null);
    }

    private static Patient load(UUID patientId) {
        return Patient.<Patient>findByIdOptional(patientId).orElseThrow(PatientDirectory::notFound);
    }
}
