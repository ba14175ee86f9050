package org.backcare.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.patient.Condition;
import org.backcare.patient.PatientAlerts;
import org.backcare.patient.PatientDirectory;
import org.backcare.patient.Phase;

/**
 * Picks exercises for one person: never one contraindicated for their condition, only ones that
 * suit their phase, and first the ones that lowered their pain in their own sessions. While an
 * EMERGENCY or URGENT screening is open, nothing but the advice to seek care, or, for a reader
 * who may not see that screening, that exercise is paused.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class RecommendationService {

    private final PatientAccess access;
    private final PatientDirectory patients;
    private final PatientAlerts alerts;
    private final ExerciseCatalog catalog;
    private final SessionStats sessions;
    private final Clock clock;

    RecommendationService(PatientAccess access, PatientDirectory patients, PatientAlerts alerts, ExerciseCatalog catalog,
            SessionStats sessions, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.alerts = alerts;
        this.catalog = catalog;
        this.sessions = sessions;
        this.clock = clock;
    }

    Recommendations recommend(UUID patientId) {
        AccessContext reader = access.read(patientId, Scope.EXERCISE_SESSIONS_READ, "exercise-recommendations.read");
        PatientDirectory.Facts facts = patients.facts(patientId, LocalDate.now(clock));
        Condition condition = facts.condition();
        Phase phase = facts.phaseOrAssumed();
        PatientAlerts.OpenScreenings open = alerts.openScreenings(patientId, reader);
        if (!open.visible().isEmpty()) {
            PatientAlerts.OpenScreening first = open.visible().get(0);
            return Recommendations.seekCare(new Recommendations.SeekCare(first.screeningId(), first.triage(),
                    first.action()), condition, phase);
        }
        if (open.anyHidden()) {
            return Recommendations.paused(condition, phase);
        }
        Map<String, PainChange> history = new HashMap<>();
        sessions.painChanges(patientId, Instant.EPOCH, clock.instant().plus(Duration.ofDays(1)))
                .forEach(change -> history.put(change.exerciseSlug(), change));
        List<Recommendations.Recommended> chosen = new ArrayList<>();
        for (ExerciseCatalog.Versioned entry : catalog.current().entries()) {
            Exercise exercise = entry.exercise();
            if (exercise.contraindications().contains(condition) || !exercise.phases().contains(phase)) {
                continue;
            }
            PainChange own = history.get(exercise.slug());
            chosen.add(new Recommendations.Recommended(exercise, reasons(exercise, condition, phase, own),
                    exercise.cautions().stream().filter(c -> c.appliesTo(condition)).map(Exercise.Caution::text).toList(),
                    own == null ? 0 : own.sessions(), own == null ? null : own.meanPainChange()));
        }
        chosen.sort(Comparator.comparing((Recommendations.Recommended r) -> r.meanPainChange() == null ? 0.0
                : r.meanPainChange()));
        return new Recommendations(false, null, null, condition, phase, chosen);
    }

    private static List<String> reasons(Exercise exercise, Condition condition, Phase phase, PainChange own) {
        List<String> reasons = new ArrayList<>();
        reasons.add("Suits the " + phase.name().toLowerCase() + " phase.");
        reasons.add(condition == Condition.UNKNOWN || condition == Condition.NONSPECIFIC
                ? "Not ruled out for back pain without a specific diagnosis."
                : "Not ruled out for " + condition.name().toLowerCase().replace('_', ' ') + ".");
        if (own != null && own.helped()) {
            reasons.add(String.format("In your %d logged session(s) your pain fell by %.1f points on average.",
                    own.sessions(), -own.meanPainChange()));
        } else if (own != null) {
            reasons.add(String.format("You have logged it %d time(s); it has not lowered your pain so far.",
                    own.sessions()));
        }
        if (exercise.partnerRole() != PartnerRole.NONE) {
            reasons.add("Can be done together with your partner.");
        }
        return reasons;
    }
}
