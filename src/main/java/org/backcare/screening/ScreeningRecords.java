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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.patient.PatientDirectory;

/**
 * Stores screenings and shows them. A screening keeps two versions of its diary-based advice: the
 * one its patient is told, and the one drawn only from entries a partner may see, so a partner
 * reading a screening never learns what private entries said; and, apart, the advice from recent
 * outcome screens, joined in only for readers who may see outcome results.
 */
@ApplicationScoped
class ScreeningRecords {

    private static final TypeReference<List<Advice>> ADVICE = new TypeReference<>() { };

    private final PatientDirectory patients;
    private final AdvisoryChecks advisory;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<ScreeningEvent> events;

    ScreeningRecords(PatientDirectory patients, AdvisoryChecks advisory, ObjectMapper json, Clock clock,
            Event<ScreeningEvent> events) {
        this.patients = patients;
        this.advisory = advisory;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** Scores and stores; age and pain duration come from the profile where unanswered. */
    @Transactional(Transactional.TxType.MANDATORY)
    Screening store(UUID patientId, ScreeningCatalog.Version version, Map<String, Object> answers,
            ScreeningView.Source source, UUID painLogId, boolean fromPrivateEntry) {
        PatientDirectory.Facts facts = patients.facts(patientId, LocalDate.now(clock));
        if (facts.ageYears() != null) {
            answers.putIfAbsent("AGE", BigDecimal.valueOf(facts.ageYears()));
        }
        if (facts.painWeeks() != null) {
            answers.putIfAbsent("PAIN_DURATION_WEEKS", BigDecimal.valueOf(facts.painWeeks()));
        }
        ScreeningResult result = RuleEngine.evaluate(version.questionnaire(), version.rules(), answers)
                .withAdvice(advisory.forPatient(patientId, AccessContext.ownerAudience(patientId)));
        Screening screening = new Screening();
        screening.id = UUID.randomUUID();
        screening.patientId = patientId;
        screening.questionnaireVersion = version.questionnaire().version();
        screening.source = source;
        screening.painLogId = painLogId;
        screening.isPrivate = fromPrivateEntry;
        screening.answersJson = write(answers);
        screening.resultJson = write(result);
        screening.sharedAdviceJson = write(advisory.forPatient(patientId, AccessContext.partnerAudience(patientId)));
        screening.outcomeAdviceJson = write(advisory.fromOutcomes(patientId));
        screening.triage = result.triage();
        screening.createdAt = clock.instant();
        screening.version = 1;
        screening.persist();
        if (screening.triage.isOpenUntilResolved()) {
            fire(screening, ScreeningEvent.Kind.valueOf(screening.triage.name()), screening.createdAt);
        }
        return screening;
    }

    void fire(Screening screening, ScreeningEvent.Kind kind, Instant at) {
        events.fire(new ScreeningEvent(kind, screening.patientId, screening.id, screening.triage, screening.isPrivate,
                at));
    }

    /** The screening as {@code viewer} may see it; callers have checked that they may see it at all. */
    ScreeningView view(Screening s, AccessContext viewer) {
        ScreeningResult result = result(s);
        List<Advice> diary = viewer.seesPrivateEntries() ? result.advice()
                : s.sharedAdviceJson == null ? List.of() : read(s.sharedAdviceJson, ADVICE);
        OutcomeAdvice outcomes = s.outcomeAdviceJson == null ? OutcomeAdvice.NONE
                : read(s.outcomeAdviceJson, new TypeReference<OutcomeAdvice>() { });
        result = result.withAdvice(outcomes.joinedTo(diary, viewer.seesOutcomes(), viewer.seesPrivateEntries()));
        ScreeningView.Resolution resolution = s.resolvedAt == null ? null
                : new ScreeningView.Resolution(s.careSought, s.careSoughtAt, s.resolutionNote, s.resolvedAt);
        return new ScreeningView(s.id, s.patientId, s.createdAt, s.source, s.painLogId, s.isPrivate,
                read(s.answersJson, new TypeReference<Map<String, JsonNode>>() { }), result, s.open(), resolution,
                s.version);
    }

    ScreeningResult result(Screening s) {
        return result(s.resultJson);
    }

    ScreeningResult result(String stored) {
        return read(stored, new TypeReference<>() { });
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
