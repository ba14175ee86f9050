package org.backcare.partnerplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.common.DayWindow;

/** How each plan was kept over a span of days, for reports; callers have checked access. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanFollowThrough {

    /**
     * @param checkInsDue  check-ins the schedule asked for while the plan was active in the span
     * @param goalsReached goals marked reached in the span
     */
    public record Kept(UUID planId, String partnerSubject, PlanInput.PlanStatus status, int everyDays,
            long checkInsDue, long checkInsHeld, long goalsReached, int goals) {
    }

    private final PlanDocuments documents;

    PlanFollowThrough(PlanDocuments documents) {
        this.documents = documents;
    }

    /** The plans {@code viewer} may see that were active at some point of the span, oldest first. */
    public List<Kept> between(UUID patientId, DayWindow days, AccessContext viewer) {
        if (!viewer.seesPlans()) {
            return List.of();
        }
        return PartnerPlan.<PartnerPlan>find("patientId = ?1 and createdAt < ?2 and (status = ?3 or updatedAt >= ?4) "
                + "order by createdAt, id", patientId, days.end(), PlanInput.PlanStatus.ACTIVE, days.start()).stream()
                .filter(plan -> viewer.seesPlan(plan.partnerSubject)).map(plan -> kept(plan, days))
                .filter(kept -> kept != null).toList();
    }

    private Kept kept(PartnerPlan plan, DayWindow days) {
        PlanInput input = documents.read(plan);
        LocalDate created = plan.createdAt.atZone(days.zone()).toLocalDate();
        // An archived plan stopped asking for check-ins when it was archived, its last change.
        LocalDate end = input.status() == PlanInput.PlanStatus.ARCHIVED
                ? earlier(days.to(), plan.updatedAt.atZone(days.zone()).toLocalDate()) : days.to();
        if (end.isBefore(later(days.from(), created))) {
            return null;
        }
        int every = input.checkInSchedule().everyDays();
        long held = PlanCheckIn.count("planId = ?1 and heldAt >= ?2 and heldAt < ?3", plan.id, days.start(), days.end());
        long reached = PlanAchievement.count("planId = ?1 and achievedAt >= ?2 and achievedAt < ?3", plan.id,
                days.start(), days.end());
        return new Kept(plan.id, plan.partnerSubject, input.status(), every,
                due(created, every, later(days.from(), created), end), held, reached, input.goals().size());
    }

    /**
     * The schedule's dates (every {@code every} days after the plan was made, as the plan's own
     * next-due date counts them) that fall from {@code from} to {@code to}, inclusive.
     */
    static long due(LocalDate created, int every, LocalDate from, LocalDate to) {
        long first = Math.max(1, Math.floorDiv(ChronoUnit.DAYS.between(created, from) + every - 1, every));
        long last = Math.floorDiv(ChronoUnit.DAYS.between(created, to), every);
        return Math.max(0, last - first + 1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
