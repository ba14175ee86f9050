package org.backcare.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
    private final EntityManager em;
    private final Clock clock;

    RecommendationService(PatientAccess access, PatientDirectory patients, PatientAlerts alerts, ExerciseCatalog catalog,
            EntityManager em, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.alerts = alerts;
        this.catalog = catalog;
        this.em = em;
        this.clock = clock;
    }

    Recommendations recommend(UUID patientId) {
        AccessContext reader = access.read(patientId, Scope.EXERCISE_SESSIONS_READ, "exercise-recommendations.read");
        PatientDirectory.Facts facts = patients.facts(patientId, LocalDate.now(clock));
        Condition condition = facts.condition();
        // Unknown onset: assume the most cautious phase (no yoga or pilates in an acute episode).
        Phase phase = facts.phase() == null ? Phase.ACUTE : facts.phase();
        PatientAlerts.OpenScreenings open = alerts.openScreenings(patientId, reader);
        if (!open.visible().isEmpty()) {
            PatientAlerts.OpenScreening first = open.visible().get(0);
            return Recommendations.seekCare(new Recommendations.SeekCare(first.screeningId(), first.triage(),
                    first.action()), condition, phase);
        }
        if (open.anyHidden()) {
            return Recommendations.paused(condition, phase);
        }
        Map<String, double[]> history = history(patientId);
        List<Recommendations.Recommended> chosen = new ArrayList<>();
        for (ExerciseCatalog.Entry entry : catalog.current().entries()) {
            Exercise exercise = entry.exercise();
            if (exercise.contraindications().contains(condition) || !exercise.phases().contains(phase)) {
                continue;
            }
            double[] own = history.get(exercise.slug());
            chosen.add(new Recommendations.Recommended(exercise, reasons(exercise, condition, phase, own),
                    exercise.cautions().stream().filter(c -> c.appliesTo(condition)).map(Exercise.Caution::text).toList(),
                    own == null ? 0 : (long) own[0], own == null ? null : own[1]));
        }
        chosen.sort(Comparator.comparing((Recommendations.Recommended r) -> r.meanPainChange() == null ? 0.0
                : r.meanPainChange()));
        return new Recommendations(false, null, null, condition, phase, chosen);
    }

    private static List<String> reasons(Exercise exercise, Condition condition, Phase phase, double[] own) {
        List<String> reasons = new ArrayList<>();
        reasons.add("Suits the " + phase.name().toLowerCase() + " phase.");
        reasons.add(condition == Condition.UNKNOWN || condition == Condition.NONSPECIFIC
                ? "Not ruled out for back pain without a specific diagnosis."
                : "Not ruled out for " + condition.name().toLowerCase().replace('_', ' ') + ".");
        if (own != null && own[1] < 0) {
            reasons.add(String.format("In your %d logged session(s) your pain fell by %.1f points on average.",
                    (long) own[0], -own[1]));
        } else if (own != null) {
            reasons.add(String.format("You have logged it %d time(s); it has not lowered your pain so far.", (long) own[0]));
        }
        if (exercise.partnerRole() != PartnerRole.NONE) {
            reasons.add("Can be done together with your partner.");
        }
        return reasons;
    }

    /** Per slug: sessions logged and mean pain change, from the person's own sessions. */
    @SuppressWarnings("unchecked")
    private Map<String, double[]> history(UUID patientId) {
        List<Object[]> rows = em.createNativeQuery("select exercise_slug, count(*), avg(cast(pain_after - pain_before"
                + " as double precision)) from exercise_session where patient_id = ?1 group by exercise_slug")
                .setParameter(1, patientId).getResultList();
        Map<String, double[]> history = new HashMap<>();
        rows.forEach(r -> history.put((String) r[0], new double[] {((Number) r[1]).doubleValue(),
                org.backcare.common.DayWindow.round(((Number) r[2]).doubleValue())}));
        return history;
    }
}
