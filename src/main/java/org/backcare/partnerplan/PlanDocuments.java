package org.backcare.partnerplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcare.patient.PatientDirectory;

/** Plans to and from their stored JSON, their views (with the check-in state), and achievements. */
@ApplicationScoped
class PlanDocuments {

    static final int DEFAULT_CHECK_IN_DAYS = 7;

    private final ObjectMapper json;
    private final PatientDirectory patients;
    private final Clock clock;

    PlanDocuments(ObjectMapper json, PatientDirectory patients, Clock clock) {
        this.json = json;
        this.patients = patients;
        this.clock = clock;
    }

    PlanInput read(PartnerPlan plan) {
        try {
            return json.readValue(plan.document, PlanInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable plan", e);
        }
    }

    /** Writes the plan's parts onto the entity: the document, and the slugs it shares. */
    void store(PartnerPlan entity, PlanInput plan) {
        try {
            entity.document = json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a plan", e);
        }
        entity.exerciseSlugs.clear();
        plan.sharedExercises().forEach(exercise -> entity.exerciseSlugs.add(exercise.slug()));
    }

    PlanView view(PartnerPlan plan) {
        PlanInput input = read(plan);
        ZoneId zone = patients.timeZone(plan.patientId);
        int every = input.checkInSchedule().everyDays();
        LocalDate from = (plan.lastCheckInAt != null ? plan.lastCheckInAt : plan.createdAt).atZone(zone).toLocalDate();
        LocalDate nextDue = from.plusDays(every);
        boolean overdue = input.status() == PlanInput.PlanStatus.ACTIVE
                && LocalDate.now(clock.withZone(zone)).isAfter(nextDue);
        return new PlanView(plan.id, plan.patientId, input,
                new PlanView.CheckInState(every, plan.lastCheckInAt, nextDue, overdue),
                plan.version, plan.createdAt, plan.updatedAt);
    }

    /** Goals get a stable id the first time they are written, so achievements can point at them. */
    PlanInput withGoalIds(PlanInput plan) {
        return plan.withGoals(plan.goals().stream().map(g -> g.id() != null ? g
                : new PlanParts.Goal(UUID.randomUUID(), g.text(), g.targetDate(), g.achievedAt())).toList());
    }

    /** Every goal that has just been marked achieved becomes an achievement to celebrate. */
    void recordAchievements(PartnerPlan plan, List<PlanParts.Goal> before, List<PlanParts.Goal> after, String by) {
        Map<UUID, PlanParts.Goal> earlier = before.stream()
                .collect(Collectors.toMap(PlanParts.Goal::id, Function.identity(), (a, b) -> a));
        for (PlanParts.Goal goal : after) {
            PlanParts.Goal was = earlier.get(goal.id());
            if (goal.achievedAt() != null && (was == null || was.achievedAt() == null)) {
                PlanAchievement achievement = new PlanAchievement();
                achievement.id = UUID.randomUUID();
                achievement.planId = plan.id;
                achievement.goalId = goal.id();
                achievement.goalText = goal.text();
                achievement.achievedAt = goal.achievedAt();
                achievement.recordedBy = by;
                achievement.persist();
            }
        }
    }
}
