package org.backcare.patient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientOwners;
import org.backcare.common.ApiException;
import org.backcare.common.SqlQuery;

/**
 * What other features may know of a profile once the consent check has passed: its owner (for
 * the consent check itself), its time zone (for day boundaries), its prescriptions (for dose
 * checks) and the diary's change sequence. The entity stays in here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PatientDirectory implements PatientOwners {

    private final PatientMapper mapper;
    private final EntityManager em;
    private final Cache<UUID, String> owners = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    PatientDirectory(PatientMapper mapper, EntityManager em) {
        this.mapper = mapper;
        this.em = em;
    }

    /**
     * Asked on every patient-scoped request. A profile's owner never changes, so a found owner is
     * kept a minute; erasure forgets it here at once, and on other replicas a minute later at most,
     * during which the erased profile's data is gone anyway and its routes answer 404.
     */
    @Override
    public Optional<String> ownerOf(UUID patientId) {
        String known = owners.getIfPresent(patientId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> owner = em.createQuery("select p.ownerSubject from Patient p where p.id = :id", String.class)
                .setParameter("id", patientId).getResultStream().findFirst();
        owner.ifPresent(subject -> owners.put(patientId, subject));
        return owner;
    }

    /** The profile is gone: its owner is not to be found any more. */
    void forget(UUID patientId) {
        owners.invalidate(patientId);
    }

    /**
     * The profile as {@code viewer} may see it; callers have checked the caller's access. Read in
     * plain SQL ({@link StoredProfile}): not for a transaction that changed the profile unflushed.
     */
    public PatientView view(UUID patientId, AccessContext viewer) {
        return mapper.view(StoredProfile.find(patientId).orElseThrow(PatientDirectory::notFound), viewer);
    }

    /** A number of the diary's change sequence, and the time zone its days are counted in. */
    public record DiaryChange(long seq, ZoneId zone) {
    }

    /**
     * The next number of the patient's diary change sequence. Taken under the patient row's lock,
     * held to the end of the caller's transaction: writes to one diary serialize, and sync order
     * equals commit order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DiaryChange nextDiaryChange(UUID patientId) {
        // One statement, which moves the counter and answers with it: a create's one round trip
        // fewer. The patient row is never written through Hibernate in the same transaction.
        SqlQuery takeNext = SqlQuery.postgres()
                ? new SqlQuery("update patient set change_seq = change_seq + 1 where id = ? returning change_seq, time_zone",
                        patientId)
                : new SqlQuery("select change_seq, time_zone from final table"
                        + " (update patient set change_seq = change_seq + 1 where id = ?)", patientId);
        return takeNext.first(row -> new DiaryChange(row.getLong(1), ZoneId.of(row.getString(2))))
                .orElseThrow(PatientDirectory::notFound);
    }

    public ZoneId timeZone(UUID patientId) {
        return ZoneId.of(load(patientId).timeZone);
    }

    /** Age in whole years (from the birth year, so at most one year off) and weeks since onset, when known. */
    public Facts facts(UUID patientId, LocalDate today) {
        Patient patient = load(patientId);
        Integer age = patient.birthYear == null ? null : today.getYear() - patient.birthYear;
        Long weeks = patient.painOnsetDate == null ? null
                : ChronoUnit.WEEKS.between(patient.painOnsetDate, today);
        return new Facts(ZoneId.of(patient.timeZone), age, weeks, patient.condition,
                Phase.of(patient.painOnsetDate, today));
    }

    /** @param phase null when the onset date is unknown */
    public record Facts(ZoneId timeZone, Integer ageYears, Long painWeeks, Condition condition, Phase phase) {

        /** The phase to plan for: with the onset unknown, the most cautious one (no yoga or pilates when acute). */
        public Phase phaseOrAssumed() {
            return phase == null ? Phase.ACUTE : phase;
        }
    }

    public List<MedicationPrescription> prescriptions(UUID patientId) {
        return load(patientId).medications.stream()
                .map(m -> new MedicationPrescription(m.name, m.maxDailyDose, m.unit)).toList();
    }

    private static Patient load(UUID patientId) {
        return Patient.<Patient>findByIdOptional(patientId).orElseThrow(PatientDirectory::notFound);
    }

    static ApiException notFound() {
        return ApiException.notFound("No such patient is visible to you.");
    }
}
