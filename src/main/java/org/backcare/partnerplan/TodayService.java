package org.backcare.partnerplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.exercise.SessionStats;
import org.backcare.painlog.DiaryFacts;
import org.backcare.partnerplan.TodayGuidance.Item;
import org.backcare.partnerplan.TodayGuidance.ItemKind;
import org.backcare.patient.PatientAlerts;
import org.backcare.patient.PatientDirectory;

/**
 * Today's guidance for the partner (and the patient): from the latest entry of the last day,
 * against the 14-day baseline; an open red flag overrides everything else.
 */
@ApplicationScoped
@Transactional
class TodayService {

    static final int SEVERE = 7;
    static final Duration RECENT = Duration.ofHours(24);
    static final int BASELINE_DAYS = 14;

    private final PatientAccess access;
    private final PlanDocuments documents;
    private final PatientAlerts alerts;
    private final PatientDirectory patients;
    private final DiaryFacts diary;
    private final SessionStats sessions;
    private final Clock clock;

    TodayService(PatientAccess access, PlanDocuments documents, PatientAlerts alerts, PatientDirectory patients,
            DiaryFacts diary, SessionStats sessions, Clock clock) {
        this.access = access;
        this.documents = documents;
        this.alerts = alerts;
        this.patients = patients;
        this.diary = diary;
        this.sessions = sessions;
        this.clock = clock;
    }

    TodayGuidance today(UUID planId) {
        PartnerPlan plan = PartnerPlan.<PartnerPlan>findByIdOptional(planId)
                .orElseThrow(() -> ApiException.notFound("No plan " + planId + " visible to you."));
        AccessContext reader = access.read(plan.patientId, Scope.PLANS_READ, "plans.today");
        PlanService.visible(plan.patientId, planId, reader);
        ZoneId zone = patients.timeZone(plan.patientId);
        LocalDate date = LocalDate.now(clock.withZone(zone));

        List<PatientAlerts.OpenScreening> open = alerts.openScreenings(plan.patientId);
        if (!open.isEmpty()) {
            PatientAlerts.OpenScreening first = open.get(0);
            return new TodayGuidance(planId, date, TodayGuidance.DayKind.SEEK_CARE, List.of(new Item(
                    ItemKind.SEEK_CARE_NOW, "Seek care now, not exercise or chores. " + first.action(),
                    "screening:" + first.screeningId())));
        }
        PlanInput parts = documents.read(plan);
        boolean includePrivate = !reader.isPartner();
        Optional<DiaryFacts.LatestLog> latest = diary.latest(plan.patientId, clock.instant().minus(RECENT), includePrivate);
        List<Item> items = new ArrayList<>();
        TodayGuidance.DayKind day;
        if (latest.isEmpty()) {
            day = TodayGuidance.DayKind.NO_ENTRY_YET;
            items.add(new Item(ItemKind.ASK_HOW_THEY_ARE, "No diary entry in the last day: ask how the back is today.",
                    "rule:no-recent-entry"));
            exercisesDue(plan, parts, zone, date, items);
        } else if (isBadDay(plan.patientId, latest.get(), includePrivate)) {
            day = TodayGuidance.DayKind.BAD_DAY;
            badDay(parts, latest.get(), items);
        } else {
            day = TodayGuidance.DayKind.GOOD_DAY;
            exercisesDue(plan, parts, zone, date, items);
        }
        PlanView.CheckInState checkIns = documents.view(plan).checkIns();
        if (!checkIns.nextDue().isAfter(date)) {
            items.add(new Item(ItemKind.CHECK_IN_DUE, "A check-in is due" + (checkIns.overdue() ? " (overdue)" : "")
                    + ": talk about what is working and what to change.", "rule:check-in-schedule"));
        }
        if (!reader.isPartner() || Boolean.TRUE.equals(parts.medicationSupport().optedIn())) {
            diary.dosesAboveMaximumToday(plan.patientId, includePrivate).forEach(dose -> items.add(new Item(
                    ItemKind.MEDICATION_ABOVE_MAXIMUM, "Today's " + dose.medication() + " (" + dose.taken().toPlainString()
                    + " " + dose.unit() + ") is above the prescribed maximum of " + dose.maximum().toPlainString()
                    + ": do not take more; talk to the doctor.", "rule:medication-maximum")));
        }
        return new TodayGuidance(planId, date, day, items);
    }

    private boolean isBadDay(UUID patientId, DiaryFacts.LatestLog latest, boolean includePrivate) {
        if (latest.intensity() >= SEVERE) {
            return true;
        }
        OptionalDouble baseline = diary.meanIntensity(patientId,
                latest.recordedAt().minus(Duration.ofDays(BASELINE_DAYS)), latest.recordedAt(), includePrivate);
        return baseline.isPresent() && latest.intensity() > baseline.getAsDouble();
    }

    private static void badDay(PlanInput parts, DiaryFacts.LatestLog latest, List<Item> items) {
        String source = "pain-log:" + latest.id();
        parts.householdTasks().stream()
                .filter(t -> t.assignedTo() != PlanParts.Assignee.PARTNER)
                .forEach(t -> items.add(new Item(ItemKind.TAKE_OVER_TASK, "Take over today: " + t.name() + " ("
                        + String.join(", ", t.movements().stream().map(m -> m.name().toLowerCase().replace('_', ' '))
                        .sorted().toList()) + ").", source)));
        items.add(new Item(ItemKind.OFFER_HEAT_OR_MASSAGE, "Offer heat (15 to 20 minutes) or a gentle massage.", source));
        if (!parts.sharedExercises().isEmpty()) {
            items.add(new Item(ItemKind.SHORTER_SESSION, "Keep any shared exercise short and gentle today, and stop at "
                    + "the pause word \"" + parts.pauseSignal().phrase() + "\".", source));
        }
    }

    private void exercisesDue(PartnerPlan plan, PlanInput parts, ZoneId zone, LocalDate date, List<Item> items) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Long> done = sessions.countsSince(plan.patientId, monday.atStartOfDay(zone).toInstant());
        for (PlanParts.SharedExercise exercise : parts.sharedExercises()) {
            long count = done.getOrDefault(exercise.slug(), 0L);
            if (count < exercise.timesPerWeek()) {
                items.add(new Item(ItemKind.SHARED_EXERCISE_DUE, "Do " + exercise.slug() + " together: " + count + " of "
                        + exercise.timesPerWeek() + " this week.", "rule:shared-exercise-target"));
            }
        }
    }

}
