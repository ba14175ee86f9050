package org.backcare.painlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.backcare.screening.DiaryScreenings;
import org.backcare.screening.SymptomCode;
import org.backcare.screening.Triage;

/**
 * What writing an entry sets off in screening. Red-flag symptoms are screened the moment they are
 * written (an unchanged set is not screened again; no symptoms, no screening), and the screenings
 * made from an entry follow its privacy. Worked out from the input before the entry is touched,
 * so the entry itself is written once, with exactly one new version.
 */
@ApplicationScoped
class EntryRedFlags {

    /** The screening an entry's symptoms point to, and its triage; both null without symptoms. */
    record RedFlag(UUID screeningId, Triage triage) {

        void applyTo(PainLog log) {
            log.redFlagScreeningId = screeningId;
            log.redFlagTriage = triage;
        }
    }

    private final DiaryScreenings screenings;

    EntryRedFlags(DiaryScreenings screenings) {
        this.screenings = screenings;
    }

    /** For an entry about to be created. */
    RedFlag forNew(UUID patientId, UUID logId, Set<SymptomCode> symptoms, boolean isPrivate) {
        return screen(patientId, logId, Set.of(), null, symptoms, isPrivate);
    }

    /** For a stored entry about to be rewritten with {@code input}. */
    RedFlag forRewrite(PainLog log, PainLogInput input) {
        boolean nowPrivate = Boolean.TRUE.equals(input.isPrivate());
        if (nowPrivate != log.isPrivate) {
            screenings.followEntryPrivacy(log.id, nowPrivate);
        }
        return screen(log.patientId, log.id, PainLogDocuments.decode(log.symptomCodes, SymptomCode.class),
                new RedFlag(log.redFlagScreeningId, log.redFlagTriage), input.symptoms(), nowPrivate);
    }

    private RedFlag screen(UUID patientId, UUID logId, Set<SymptomCode> before, RedFlag current,
            Set<SymptomCode> after, boolean isPrivate) {
        if (after == null || after.isEmpty()) {
            return new RedFlag(null, null);
        }
        if (after.equals(before)) {
            return current;
        }
        DiaryScreenings.LogScreening screening = screenings.screen(patientId, logId, after, isPrivate);
        return new RedFlag(screening.screeningId(), screening.triage());
    }
}
