package org.backcare.partnerplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.exercise.ExerciseCatalog;
import org.backcare.exercise.PartnerRole;
import org.backcare.painlog.DiaryFacts;
import org.backcare.painlog.Trigger;
import org.backcare.patient.PatientDirectory;
import org.backcare.patient.Phase;

/**
 * Proposes a complete plan from the profile, the last month of the diary, the catalog and the
 * defaults the seed articles give. Nothing is stored: the patient edits it and posts it.
 */
@ApplicationScoped
@Transactional
class DraftService {

    static final int SHARED_EXERCISES = 3;

    /** Everyday tasks and the movements they need. */
    static final Map<String, Set<Movement>> TASKS = Map.of(
            "Vacuuming", EnumSet.of(Movement.BENDING, Movement.TWISTING),
            "Loading and emptying the washing machine", EnumSet.of(Movement.BENDING, Movement.LIFTING),
            "Carrying the shopping", EnumSet.of(Movement.LIFTING),
            "Putting things on high shelves", EnumSet.of(Movement.REACHING_OVERHEAD),
            "Cooking at the stove", EnumSet.of(Movement.STANDING_LONG),
            "Washing up", EnumSet.of(Movement.STANDING_LONG),
            "Taking out the bins", EnumSet.of(Movement.LIFTING, Movement.TWISTING),
            "Hanging washing on the line", EnumSet.of(Movement.REACHING_OVERHEAD, Movement.BENDING));

    static final List<String> FLARE_PROTOCOL = List.of(
            "Stop what you are doing at once; the pause word needs no explanation.",
            "Move slowly into a rest position: on your side with knees drawn up, or on your back with knees bent.",
            "Put warmth on the sore area for 15 to 20 minutes.",
            "Breathe slowly into the belly; the partner can count the rhythm.",
            "Call for medical help at once if bladder or bowel control changes, the groin or saddle area goes numb, "
                    + "or a leg becomes weak.");

    private final PatientAccess access;
    private final PatientDirectory patients;
    private final DiaryFacts diary;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    DraftService(PatientAccess access, PatientDirectory patients, DiaryFacts diary, ExerciseCatalog catalog,
            Clock clock) {
        this.access = access;
        this.patients = patients;
        this.diary = diary;
        this.catalog = catalog;
        this.clock = clock;
    }

    PlanInput draft(UUID patientId, String partnerSubject) {
        access.owner(patientId);
        PatientDirectory.Facts facts = patients.facts(patientId, LocalDate.now(clock));
        Phase phase = facts.phaseOrAssumed();
        Set<Movement> handOver = Movement.toHandOver(facts.condition());
        List<PlanParts.HouseholdTask> tasks = TASKS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(t -> new PlanParts.HouseholdTask(t.getKey(), t.getValue(),
                        t.getValue().stream().anyMatch(handOver::contains) ? PlanParts.Assignee.PARTNER
                                : PlanParts.Assignee.SHARED))
                .toList();
        List<PlanParts.SharedExercise> exercises = catalog.current().entries().stream()
                .map(ExerciseCatalog.Versioned::exercise)
                .filter(e -> e.partnerRole() != PartnerRole.NONE)
                .filter(e -> !e.contraindications().contains(facts.condition()) && e.phases().contains(phase))
                .limit(SHARED_EXERCISES)
                .map(e -> new PlanParts.SharedExercise(e.slug(), 3)).toList();
        return new PlanInput(partnerSubject, EnumSet.of(PlanPart.HOUSEHOLD_TASKS, PlanPart.GOALS,
                PlanPart.COMFORT_CHECKLIST), PlanInput.PlanStatus.ACTIVE, support(diary.topTriggers(patientId, 30,
                        AccessContext.partnerAudience(patientId))),
                new PlanParts.PauseSignal("Let's pause"),
                new PlanParts.ComfortChecklist(List.of("Side-lying with a pillow between the knees",
                        "On the back with a firm pillow under the hips"),
                        EnumSet.of(PlanParts.Prop.WEDGE_PILLOW, PlanParts.Prop.BODY_PILLOW, PlanParts.Prop.BED_RAIL),
                        EnumSet.noneOf(PlanParts.DayTime.class)),
                new PlanParts.CheckInSchedule(PlanDocuments.DEFAULT_CHECK_IN_DAYS), tasks, exercises,
                List.of(new PlanParts.Goal(null, "Ten minutes of unhurried time together, cuddling or talking, "
                        + "three times this week", LocalDate.now(clock).plusDays(7), null)),
                new PlanParts.MedicationSupport(false), new PlanParts.FlareProtocol(FLARE_PROTOCOL));
    }

    /** Suggestions drawn from what has been setting the pain off lately; the patient edits them. */
    private static PlanParts.SupportPreferences support(List<Trigger> triggers) {
        List<String> wanted = new ArrayList<>(List.of("Ask me before helping, and take my no for an answer."));
        for (Trigger trigger : triggers) {
            switch (trigger) {
                case SITTING -> wanted.add("Remind me to get up and move every half hour.");
                case LIFTING, BENDING, HOUSEHOLD_TASK -> wanted.add("Take over the lifting and bending jobs.");
                case STRESS -> wanted.add("Help me wind down: a walk together or slow breathing.");
                case SLEEP_POSITION -> wanted.add("Help set up pillows so I can sleep on my side.");
                case INTIMACY -> wanted.add("Plan intimate time without pressure, with supports ready.");
                default -> { }
            }
        }
        return new PlanParts.SupportPreferences(wanted.stream().distinct().toList(),
                List.of("Do not talk about my pain in front of others."));
    }

}
