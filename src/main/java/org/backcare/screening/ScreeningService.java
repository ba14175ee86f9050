package org.backcare.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.Keyset;
import org.backcare.common.KeysetCursor;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

/** Screenings scored on request, stored, read and resolved; who sees which is asked of {@link AccessContext}. */
@ApplicationScoped
@Transactional
class ScreeningService {

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

    Page<ScreeningView> list(UUID patientId, PageParams page) {
        AccessContext reader = access.read(patientId, Scope.SCREENINGS_READ, "screenings.list");
        String where = reader.seesPrivateEntries() ? "patientId = ?1" : "patientId = ?1 and isPrivate = false";
        Keyset keyset = Keyset.page(where, new Object[] {patientId}, "createdAt", page.cursor, true);
        List<Screening> rows = Screening.<Screening>find(keyset.query(), keyset.params())
                .page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, s -> records.view(s, reader), s -> new KeysetCursor(s.createdAt, s.id).encode());
    }

    ScreeningView get(UUID patientId, UUID screeningId) {
        AccessContext reader = access.read(patientId, Scope.SCREENINGS_READ, "screenings.read");
        return records.view(find(patientId, screeningId, reader), reader);
    }

    ScreeningView resolve(UUID patientId, UUID screeningId, ResolutionInput input) {
        AccessContext owner = access.owner(patientId);
        Screening screening = find(patientId, screeningId, owner);
        if (!screening.open()) {
            throw ApiException.conflict("Only an open EMERGENCY or URGENT screening can be resolved; this one is "
                    + (screening.resolvedAt != null ? "already resolved." : screening.triage + "."));
        }
        screening.resolvedAt = clock.instant();
        screening.careSought = input.careSought();
        screening.careSoughtAt = input.soughtAt() == null ? screening.resolvedAt : input.soughtAt().toInstant();
        screening.resolutionNote = input.note();
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
