package org.backcare.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.Keyset;
import org.backcare.common.KeysetCursor;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.patient.PatientAlerts;
import org.backcare.patient.PatientDirectory;

@ApplicationScoped
@Transactional
public class ScreeningService implements PatientAlerts {

    private final ScreeningCatalog catalog;
    private final PatientAccess access;
    private final PatientDirectory patients;
    private final AdvisoryChecks advisory;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<ScreeningEvent> events;

    ScreeningService(ScreeningCatalog catalog, PatientAccess access, PatientDirectory patients,
            AdvisoryChecks advisory, ObjectMapper json, Clock clock, Event<ScreeningEvent> events) {
        this.events = events;
        this.catalog = catalog;
        this.access = access;
        this.patients = patients;
        this.advisory = advisory;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ScreeningResult evaluate(ScreeningRequest request) {
        ScreeningCatalog.Version version = catalog.version(versionOf(request));
        Map<String, Object> answers = AnswerParser.parse(version.questionnaire(), request.answers());
        return RuleEngine.evaluate(version.questionnaire(), version.rules(), answers);
    }

    ScreeningView create(UUID patientId, ScreeningRequest request) {
        access.owner(patientId);
        ScreeningCatalog.Version version = catalog.version(versionOf(request));
        Map<String, Object> answers = AnswerParser.parse(version.questionnaire(), request.answers());
        return store(patientId, version, answers, ScreeningView.Source.QUESTIONNAIRE, null);
    }

    /** A diary entry reported red-flag symptoms: score them at once (the rest stays unanswered). */
    public LogScreening screenLog(UUID patientId, UUID painLogId, Set<SymptomCode> symptoms) {
        ScreeningCatalog.Version version = catalog.version(catalog.currentVersion());
        Map<String, Object> answers = new LinkedHashMap<>();
        symptoms.forEach(symptom -> answers.put(symptom.name(), Boolean.TRUE));
        ScreeningView stored = store(patientId, version, answers, ScreeningView.Source.PAIN_LOG, painLogId);
        return new LogScreening(stored.id(), stored.result().triage());
    }

    public record LogScreening(UUID screeningId, Triage triage) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    Page<ScreeningView> list(UUID patientId, PageParams page) {
        access.read(patientId, Scope.SCREENINGS_READ, "screenings.list");
        Keyset keyset = Keyset.page("patientId = ?1", new Object[] {patientId}, "createdAt", page.cursor, true);
        List<Screening> rows = Screening.<Screening>find(keyset.query(), keyset.params())
                .page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, this::view, s -> new KeysetCursor(s.createdAt, s.id).encode());
    }

    ScreeningView get(UUID patientId, UUID screeningId) {
        access.read(patientId, Scope.SCREENINGS_READ, "screenings.read");
        return view(find(patientId, screeningId));
    }

    ScreeningView resolve(UUID patientId, UUID screeningId, ResolutionInput input) {
        access.owner(patientId);
        Screening screening = find(patientId, screeningId);
        if (!screening.open()) {
            throw ApiException.conflict("Only an open EMERGENCY or URGENT screening can be resolved; this one is "
                    + (screening.resolvedAt != null ? "already resolved." : screening.triage + "."));
        }
        screening.resolvedAt = clock.instant();
        screening.careSought = input.careSought();
        screening.careSoughtAt = input.soughtAt() == null ? screening.resolvedAt : input.soughtAt().toInstant();
        screening.resolutionNote = input.note();
        events.fire(new ScreeningEvent(ScreeningEvent.Kind.RESOLVED, patientId, screening.id, screening.triage,
                screening.resolvedAt));
        return view(screening);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpenScreening> openScreenings(UUID patientId) {
        return Screening.<Screening>find("patientId = ?1 and resolvedAt is null and triage in ?2 order by createdAt desc",
                patientId, List.of(Triage.EMERGENCY, Triage.URGENT)).list().stream()
                .map(s -> new OpenScreening(s.id, s.triage.name(), result(s).action(), s.createdAt)).toList();
    }

    private ScreeningView store(UUID patientId, ScreeningCatalog.Version version, Map<String, Object> answers,
            ScreeningView.Source source, UUID painLogId) {
        PatientDirectory.Facts facts = patients.facts(patientId, LocalDate.now(clock));
        if (facts.ageYears() != null) {
            answers.putIfAbsent("AGE", BigDecimal.valueOf(facts.ageYears()));
        }
        if (facts.painWeeks() != null) {
            answers.putIfAbsent("PAIN_DURATION_WEEKS", BigDecimal.valueOf(facts.painWeeks()));
        }
        ScreeningResult result = RuleEngine.evaluate(version.questionnaire(), version.rules(), answers)
                .withAdvice(advisory.forPatient(patientId));
        Screening screening = new Screening();
        screening.id = UUID.randomUUID();
        screening.patientId = patientId;
        screening.questionnaireVersion = version.questionnaire().version();
        screening.source = source;
        screening.painLogId = painLogId;
        screening.answersJson = write(answers);
        screening.resultJson = write(result);
        screening.triage = result.triage();
        screening.createdAt = clock.instant();
        screening.persist();
        if (screening.triage.isOpenUntilResolved()) {
            events.fire(new ScreeningEvent(ScreeningEvent.Kind.valueOf(screening.triage.name()), patientId, screening.id,
                    screening.triage, screening.createdAt));
        }
        return view(screening);
    }

    ScreeningView view(Screening s) {
        ScreeningView.Resolution resolution = s.resolvedAt == null ? null
                : new ScreeningView.Resolution(s.careSought, s.careSoughtAt, s.resolutionNote, s.resolvedAt);
        return new ScreeningView(s.id, s.patientId, s.createdAt, s.source, s.painLogId, answers(s), result(s), s.open(),
                resolution);
    }

    private int versionOf(ScreeningRequest request) {
        return request.questionnaireVersion() == null ? catalog.currentVersion() : request.questionnaireVersion();
    }

    private static Screening find(UUID patientId, UUID screeningId) {
        return Screening.<Screening>findByIdOptional(screeningId).filter(s -> s.patientId.equals(patientId))
                .orElseThrow(() -> ApiException.notFound("No screening " + screeningId + " for this patient."));
    }

    private ScreeningResult result(Screening s) {
        return read(s.resultJson, new TypeReference<>() { });
    }

    private Map<String, JsonNode> answers(Screening s) {
        return read(s.answersJson, new TypeReference<>() { });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a screening", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored screening is unreadable", e);
        }
    }
}
