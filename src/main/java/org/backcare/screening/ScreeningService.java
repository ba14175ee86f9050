package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.Keyset;
import io.quarkus.panache.common.Parameters;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

/** Screenings scored on request, stored, read and resolved; who sees which is asked of {@link AccessContext}. */
@ApplicationScoped
@Transactional
class ScreeningService {

    private static final Keyset NEWEST_FIRST = Keyset.byTime("screenings", "patientId", "createdAt", true);

    private final ScreeningCatalog catalog;
    private final ScreeningRecords records;
    private final PatientAccess access;
    private final Clock clock;

    ScreeningService(ScreeningCatalog catalog, ScreeningRecords records, PatientAccess access, Clock clock) {
        this.catalog = catalog;
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ScreeningResult evaluate(ScreeningRequest request) {
        ScreeningCatalog.Version version = catalog.version(versionOf(request));
        Map<String, Object> answers = AnswerParser.parse(version.questionnaire(), request.answers());
        return RuleEngine.evaluate(version.questionnaire(), version.rules(), answers);
    }

    ScreeningView create(UUID patientId, ScreeningRequest request) {
        AccessContext owner = access.owner(patientId);
        ScreeningCatalog.Version version = catalog.version(versionOf(request));
        Map<String, Object> answers = AnswerParser.parse(version.questionnaire(), request.answers());
        return records.view(records.store(patientId, version, answers, ScreeningView.Source.QUESTIONNAIRE, null, false),
                owner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ScreeningView> list(UUID patientId, PageParams page) {
        AccessContext reader = access.read(patientId, Scope.SCREENINGS_READ, "screenings.list");
        String where = "patientId = :patient" + (reader.seesPrivateEntries() ? "" : " and isPrivate = false");
        return NEWEST_FIRST.page((q, p) -> Screening.<Screening>find(q, p), where, Parameters.with("patient", patientId), page,
                s -> records.view(s, reader), s -> List.of(s.createdAt, s.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ScreeningView get(UUID patientId, UUID screeningId) {
        AccessContext reader = access.read(patientId, Scope.SCREENINGS_READ, "screenings.read");
        return records.view(find(patientId, screeningId, reader), reader);
    }

    /**
     * One resolution per screening: the update itself claims it (resolved only while unresolved), so
     * of two at once one wins, the other is 409, and only the winner's event goes out.
     */
    ScreeningView resolve(UUID patientId, UUID screeningId, ResolutionInput input) {
        AccessContext owner = access.owner(patientId);
        Screening screening = find(patientId, screeningId, owner);
        Instant now = clock.instant();
        Instant sought = input.soughtAt() == null ? now : input.soughtAt().toInstant();
        int claimed = Screening.update("resolvedAt = ?1, careSought = ?2, careSoughtAt = ?3, resolutionNote = ?4,"
                + " version = version + 1 where id = ?5 and resolvedAt is null and triage in ?6", now,
                input.careSought(), sought, input.note(), screeningId, List.of(Triage.EMERGENCY, Triage.URGENT));
        Screening.getEntityManager().refresh(screening);
        if (claimed == 0) {
            throw ApiException.conflict("Only an open EMERGENCY or URGENT screening can be resolved; this one is "
                    + (screening.resolvedAt != null ? "already resolved." : screening.triage + "."));
        }
        records.fire(screening, ScreeningEvent.Kind.RESOLVED, screening.resolvedAt);
        return records.view(screening, owner);
    }

    private int versionOf(ScreeningRequest request) {
        return request.questionnaireVersion() == null ? catalog.currentVersion() : request.questionnaireVersion();
    }

    /** The screening if it exists and the reader may see it; otherwise the same 404 either way. */
    private static Screening find(UUID patientId, UUID screeningId, AccessContext reader) {
        return Screening.<Screening>findByIdOptional(screeningId)
                .filter(s -> s.patientId.equals(patientId) && reader.seesScreening(s.isPrivate))
                .orElseThrow(() -> ApiException.notFound("No screening " + screeningId + " for this patient."));
    }
}
