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
import org.backcare.exercise.SessionStats;
import org.backcare.painlog.DiaryFacts;
import org.backcare.painlog.PainIntensity;
import org.backcare.partnerplan.TodayGuidance.Item;
import org.backcare.partnerplan.TodayGuidance.ItemKind;
import org.backcare.patient.PatientAlerts;
import org.backcare.patient.PatientDirectory;

/**
 * Today's guidance for the partner (and the patient): from the latest entry of the last day,
 * against the 14-day baseline; an open red flag overrides everything else. All of it is drawn
 * from what the reader may see: an open red flag they may not see pauses the plan, unnamed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class TodayService {

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
        PartnerPlan plan = PartnerPlan.<PartnerPlan>findByIdOptional(planId).orElseThrow(() -> PartnerPlan.notFound(planId));
        AccessContext reader = access.read(plan.patientId, Scope.PLANS_READ, "plans.today",
                () -> PartnerPlan.notFound(planId));
        PartnerPlan.visible(plan.patientId, planId, reader);
        ZoneId zone = patients.timeZone(plan.patientId);
        LocalDate date = LocalDate.now(clock.withZone(zone));
        PlanInput parts = documents.read(plan);

        PatientAlerts.OpenScreenings open = alerts.openScreenings(plan.patientId, reader);
        if (!open.visible().isEmpty()) {
            PatientAlerts.OpenScreening first = open.visible().get(0);
            return new TodayGuidance(planId, date, TodayGuidance.DayKind.SEEK_CARE, List.of(new Item(
                    ItemKind.SEEK_CARE_NOW, "Seek care now, not exercise or chores. " + first.action(),
                    "screening:" + first.screeningId())));
        }
        List<Item> items = new ArrayList<>();
        if (open.anyHidden()) {
            // Something the reader may not see needs care first: say only that the plan waits.
            items.add(new Item(ItemKind.CHECK_IN_WITH_PATIENT, "Today's plan is paused. Check in with your partner "
                    + "before any exercise, chore or activity together.", "rule:plan-paused"));
            medicationAboveMaximum(plan, parts, reader, items);
            return new TodayGuidance(planId, date, TodayGuidance.DayKind.PAUSED, items);
        }
        Optional<DiaryFacts.LatestLog> latest = diary.latest(plan.patientId, clock.instant().minus(RECENT), reader);
        TodayGuidance.DayKind day;
        if (latest.isEmpty()) {
            day = TodayGuidance.DayKind.NO_ENTRY_YET;
            items.add(new Item(ItemKind.ASK_HOW_THEY_ARE, "No diary entry in the last day: ask how the back is today.",
                    "rule:no-recent-entry"));
            exercisesDue(plan, parts, zone, date, items);
        } else if (isBadDay(plan.patientId, latest.get(), reader)) {
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
        medicationAboveMaximum(plan, parts, reader, items);
        return new TodayGuidance(planId, date, day, items);
    }

    private void medicationAboveMaximum(PartnerPlan plan, PlanInput parts, AccessContext reader, List<Item> items) {
        if (!reader.seesMedicationSupport(Boolean.TRUE.equals(parts.medicationSupport().optedIn()))) {
            return;
        }
        diary.dosesAboveMaximumToday(plan.patientId, reader).forEach(dose -> items.add(new Item(
                ItemKind.MEDICATION_ABOVE_MAXIMUM, "Today's " + dose.medication() + " (" + dose.taken().toPlainString()
                + " " + dose.unit() + ") is above the prescribed maximum of " + dose.maximum().toPlainString()
                + ": do not take more; talk to the doctor.", "rule:medication-maximum")));
    }

    private boolean isBadDay(UUID patientId, DiaryFacts.LatestLog latest, AccessContext reader) {
        if (PainIntensity.isSevere(latest.intensity())) {
            return true;
        }
        OptionalDouble baseline = diary.meanIntensity(patientId,
                latest.recordedAt().minus(Duration.ofDays(BASELINE_DAYS)), latest.recordedAt(), reader);
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
