package org.backcare.partnerplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.backcare.access.AccessContext;
import org.backcare.access.PatientAccess;
import org.backcare.access.Scope;
import org.backcare.common.ApiException;
import org.backcare.common.Keyset;
import org.backcare.common.KeysetCursor;
import org.backcare.common.Page;
import org.backcare.common.PageParams;

/** Check-ins held by either person, and the achievements a plan has recorded. */
@ApplicationScoped
@Transactional
class CheckInService {

    private final PatientAccess access;
    private final Clock clock;

    CheckInService(PatientAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    CheckInView record(UUID patientId, UUID planId, CheckInInput input) {
        AccessContext by = access.write(patientId, Scope.PLANS_WRITE);
        PartnerPlan plan = PlanService.visible(patientId, planId, by);
        if (plan.status != PlanInput.PlanStatus.ACTIVE) {
            throw ApiException.conflict("This plan is archived.");
        }
        PlanCheckIn checkIn = new PlanCheckIn();
        checkIn.id = UUID.randomUUID();
        checkIn.planId = planId;
        checkIn.recordedBy = by.subject();
        checkIn.heldAt = input.heldAt() == null ? clock.instant() : input.heldAt().toInstant();
        checkIn.whatIsWorking = input.whatIsWorking();
        checkIn.whatToChange = input.whatToChange();
        checkIn.patientRating = input.patientRating();
        checkIn.partnerRating = input.partnerRating();
        checkIn.changesAgreed = input.changesAgreed();
        checkIn.createdAt = clock.instant();
        checkIn.persist();
        if (plan.lastCheckInAt == null || checkIn.heldAt.isAfter(plan.lastCheckInAt)) {
            plan.lastCheckInAt = checkIn.heldAt;
        }
        return CheckInView.of(checkIn);
    }

    Page<CheckInView> list(UUID patientId, UUID planId, PageParams page) {
        AccessContext reader = access.read(patientId, Scope.PLANS_READ, "plans.check-ins");
        PlanService.visible(patientId, planId, reader);
        Keyset keyset = Keyset.page("planId = ?1", new Object[] {planId}, "heldAt", page.cursor, true);
        List<PlanCheckIn> rows = PlanCheckIn.<PlanCheckIn>find(keyset.query(), keyset.params())
                .page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, CheckInView::of, c -> new KeysetCursor(c.heldAt, c.id).encode());
    }

    Page<AchievementView> achievements(UUID patientId, UUID planId, PageParams page) {
        AccessContext reader = access.read(patientId, Scope.PLANS_READ, "plans.achievements");
        PlanService.visible(patientId, planId, reader);
        Keyset keyset = Keyset.page("planId = ?1", new Object[] {planId}, "achievedAt", page.cursor, true);
        List<PlanAchievement> rows = PlanAchievement.<PlanAchievement>find(keyset.query(), keyset.params())
                .page(0, page.limit + 1).list();
        return Page.of(rows, page.limit, AchievementView::of, a -> new KeysetCursor(a.achievedAt, a.id).encode());
    }
}
