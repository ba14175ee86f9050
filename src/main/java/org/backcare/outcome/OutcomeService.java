package org.backcare.outcome;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.DayWindow;
import org.backcare.common.Keyset;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.ReportedTimes;
import org.backcare.patient.PatientDirectory;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
@Transactional
class OutcomeService {

    private static final Keyset RESULTS = Keyset.byTime("outcomes", "patientId", "completedAt", true);

    private final PatientAccess access;
    private final InstrumentCatalog catalog;
    private final PatientDirectory patients;
    private final ReportedTimes times;
    private final Clock clock;

    OutcomeService(PatientAccess access, InstrumentCatalog catalog, PatientDirectory patients, ReportedTimes times,
            Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.patients = patients;
        this.times = times;
        this.clock = clock;
    }

    OutcomeView record(UUID patientId, OutcomeInput input) {
        access.owner(patientId);
        Instrument instrument = instrument(input.instrument());
        // Stored to the microsecond, as both databases keep it: the answer to the POST is what a GET reads.
        Instant completedAt = input.completedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        times.problem(completedAt).ifPresent(problem -> {
            throw ApiException.invalid("completedAt", problem);
        });
        Instrument.Score score = instrument.score(input.answers());
        Map<String, Integer> answers = new LinkedHashMap<>();
        instrument.items().forEach(item -> answers.put(item.linkId(), input.answers().get(item.linkId())));
        OutcomeResult result = new OutcomeResult();
        result.id = UUID.randomUUID();
        result.patientId = patientId;
        result.instrument = instrument.code();
        result.instrumentVersion = instrument.version();
        result.completedAt = completedAt;
        result.answers = answers;
        result.score = score.value();
        result.positive = score.positive();
        result.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            result.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw ApiException.conflict("A " + instrument.code() + " completed at " + completedAt
                    + " is already stored for this patient.");
        }
        return result.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<OutcomeView> list(UUID patientId, String instrumentCode, LocalDate from, LocalDate to, PageParams page) {
        access.read(patientId, Scope.OUTCOMES_READ, "outcomes.list");
        DayWindow.requirePlausible("from", from);
        DayWindow.requirePlausible("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        Optional<Instrument> only = Optional.ofNullable(instrumentCode).map(this::instrument);
        ZoneId zone = patients.timeZone(patientId);
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        StringBuilder where = new StringBuilder("patientId = :patient");
        Parameters params = Parameters.with("patient", patientId);
        only.ifPresent(i -> {
            where.append(" and instrument = :instrument");
            params.and("instrument", i.code());
        });
        if (start != null) {
            where.append(" and completedAt >= :start");
            params.and("start", start);
        }
        if (end != null) {
            where.append(" and completedAt < :end");
            params.and("end", end);
        }
        Page<OutcomeView> results = RESULTS.page((q, p) -> OutcomeResult.find(q, p), where.toString(), params, page,
                OutcomeResult::view, r -> List.of(r.completedAt, r.id));
        Map<String, Optional<OutcomeView>> firsts = new HashMap<>();
        List<OutcomeView> withChange = results.items().stream().map(result -> result.withChange(
                firsts.computeIfAbsent(result.instrument(), code -> OutcomeResult.first(patientId, code, start, end)
                        .map(OutcomeResult::view)).map(first -> change(first, result)).orElse(null))).toList();
        return new Page<>(withChange, results.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    OutcomeView get(UUID patientId, UUID resultId) {
        access.read(patientId, Scope.OUTCOMES_READ, "outcomes.read");
        return OutcomeResult.<OutcomeResult>findByIdOptional(resultId).filter(r -> r.patientId.equals(patientId))
                .map(OutcomeResult::view)
                .orElseThrow(() -> ApiException.notFound("No outcome result " + resultId + " for this patient."));
    }

    private OutcomeView.Change change(OutcomeView first, OutcomeView current) {
        return OutcomeChanges.between(catalog.find(current.instrument()).orElseThrow(), first, current);
    }

    private Instrument instrument(String code) {
        return catalog.find(code).orElseThrow(() -> ApiException.invalid("instrument", "must be one of "
                + catalog.all().stream().map(Instrument::code).toList()));
    }
}
