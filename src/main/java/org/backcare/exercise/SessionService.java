package org.backcare.exercise;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

@ApplicationScoped
@Transactional
class SessionService {

    private static final Keyset SESSIONS = Keyset.byTime("sessions", "patientId", "performedAt", true);

    static final int MAX_SUMMARY_DAYS = 366;
    static final int DEFAULT_DAYS = 28;

    private final PatientAccess access;
    private final ExerciseCatalog catalog;
    private final PatientDirectory patients;
    private final SessionStats stats;
    private final ReportedTimes times;
    private final Clock clock;

    SessionService(PatientAccess access, ExerciseCatalog catalog, PatientDirectory patients, SessionStats stats,
            ReportedTimes times, Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.patients = patients;
        this.stats = stats;
        this.times = times;
        this.clock = clock;
    }

    SessionView record(UUID patientId, SessionInput input) {
        access.owner(patientId);
        if (catalog.current().find(input.exerciseSlug()).isEmpty()) {
            throw ApiException.invalid("exerciseSlug", "is not an exercise in the catalog");
        }
        times.problem(input.performedAt().toInstant()).ifPresent(problem -> {
            throw ApiException.invalid("performedAt", problem);
        });
        ExerciseSession session = new ExerciseSession();
        session.id = UUID.randomUUID();
        session.patientId = patientId;
        session.exerciseSlug = input.exerciseSlug();
        session.performedAt = input.performedAt().toInstant();
        session.durationMinutes = input.durationMinutes();
        session.painBefore = input.painBefore();
        session.painAfter = input.painAfter();
        session.withPartner = input.withPartner();
        session.notes = input.notes();
        session.createdAt = clock.instant();
        session.persist();
        return SessionView.of(session);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<SessionView> list(UUID patientId, PageParams page) {
        access.read(patientId, Scope.EXERCISE_SESSIONS_READ, "exercise-sessions.list");
        return SESSIONS.page((q, p) -> ExerciseSession.find(q, p), "patientId = :patient", Parameters.with("patient", patientId), page,
                SessionView::of, s -> List.of(s.performedAt, s.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    SessionView get(UUID patientId, UUID sessionId) {
        access.read(patientId, Scope.EXERCISE_SESSIONS_READ, "exercise-sessions.read");
        return ExerciseSession.<ExerciseSession>findByIdOptional(sessionId).filter(s -> s.patientId.equals(patientId))
                .map(SessionView::of)
                .orElseThrow(() -> ApiException.notFound("No exercise session " + sessionId + " for this patient."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    SessionSummary summarize(UUID patientId, LocalDate fromDay, LocalDate toDay) {
        access.read(patientId, Scope.EXERCISE_SESSIONS_READ, "exercise-sessions.summary");
        ZoneId zone = patients.timeZone(patientId);
        DayWindow days = DayWindow.of(fromDay, toDay, zone, LocalDate.now(clock.withZone(zone)), DEFAULT_DAYS,
                MAX_SUMMARY_DAYS);
        LocalDate from = days.from();
        LocalDate to = days.to();
        List<ExerciseSession> sessions = ExerciseSession.<ExerciseSession>find(
                "patientId = ?1 and performedAt >= ?2 and performedAt < ?3", patientId,
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()).list();
        Map<LocalDate, Long> perWeek = new TreeMap<>();
        for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            perWeek.put(week, 0L);
        }
        sessions.forEach(s -> perWeek.merge(monday(s.performedAt.atZone(zone).toLocalDate()), 1L, Long::sum));
        List<SessionSummary.Week> weeks = perWeek.entrySet().stream()
                .map(e -> new SessionSummary.Week(e.getKey(), e.getValue())).toList();
        List<SessionSummary.PerExercise> perExercise = stats.painChanges(patientId, from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(c -> new SessionSummary.PerExercise(c.exerciseSlug(), c.sessions(), c.meanPainChange())).toList();
        return new SessionSummary(from, to, weeks, perExercise);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
