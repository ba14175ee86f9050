package org.backcare.partnerplan;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.quarkus.panache.common.Parameters;
import org.backcare.common.MergePatch;
import org.backcare.common.Page;
import org.backcare.common.PageParams;
import org.backcare.common.Preconditions;

/** Check-ins held by either person, and the achievements a plan has recorded. */
@ApplicationScoped
@Transactional
class CheckInService {

    private static final Keyset CHECK_INS = Keyset.byTime("check-ins", "planId", "heldAt", true);
    private static final Keyset ACHIEVEMENTS = Keyset.byTime("achievements", "planId", "achievedAt", true);

    private final PatientAccess access;
    private final MergePatch mergePatch;
    private final Clock clock;

    CheckInService(PatientAccess access, MergePatch mergePatch, Clock clock) {
        this.access = access;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    CheckInView record(UUID patientId, UUID planId, CheckInInput input) {
        AccessContext by = access.write(patientId, Scope.PLANS_WRITE);
        PartnerPlan plan = PartnerPlan.visible(patientId, planId, by);
        if (plan.status != PlanInput.PlanStatus.ACTIVE) {
            throw ApiException.conflict("This plan is archived.");
        }
        PlanCheckIn checkIn = new PlanCheckIn();
        checkIn.id = UUID.randomUUID();
        checkIn.planId = planId;
        checkIn.recordedBy = by.subject();
        checkIn.createdAt = clock.instant();
        checkIn.version = 1;
        apply(input, checkIn);
        checkIn.persist();
        return CheckInView.of(checkIn);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CheckInView get(UUID patientId, UUID planId, UUID checkInId) {
        AccessContext reader = access.read(patientId, Scope.PLANS_READ, "plans.check-in");
        PartnerPlan.visible(patientId, planId, reader);
        return CheckInView.of(find(planId, checkInId));
    }

    /** Either person adds to a check-in (a rating, what to change); the version decides between two edits. */
    CheckInView update(UUID patientId, UUID planId, UUID checkInId, String ifMatch, JsonNode patch) {
        AccessContext by = access.write(patientId, Scope.PLANS_WRITE);
        Preconditions.requirePresent(ifMatch);
        PartnerPlan.visible(patientId, planId, by);
        PlanCheckIn checkIn = find(planId, checkInId);
        Preconditions.requireMatch(ifMatch, checkIn.version);
        apply(mergePatch.apply(CheckInView.of(checkIn).input(), patch, CheckInInput.class), checkIn);
        PlanCheckIn.flush();
        return CheckInView.of(checkIn);
    }

    private void apply(CheckInInput input, PlanCheckIn checkIn) {
        checkIn.heldAt = input.heldAt() == null ? clock.instant() : input.heldAt().toInstant();
        checkIn.whatIsWorking = input.whatIsWorking();
        checkIn.whatToChange = input.whatToChange();
        checkIn.patientRating = input.patientRating();
        checkIn.partnerRating = input.partnerRating();
        checkIn.changesAgreed = input.changesAgreed();
        // A compare-and-set beside the plan's version: a check-in is not an edit of the plan.
        PartnerPlan.update("lastCheckInAt = ?1 where id = ?2 and (lastCheckInAt is null or lastCheckInAt < ?1)",
                checkIn.heldAt, checkIn.planId);
    }

    private static PlanCheckIn find(UUID planId, UUID checkInId) {
        return PlanCheckIn.<PlanCheckIn>findByIdOptional(checkInId).filter(c -> c.planId.equals(planId))
                .orElseThrow(() -> ApiException.notFound("No check-in " + checkInId + " in this plan."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<CheckInView> list(UUID patientId, UUID planId, PageParams page) {
        AccessContext reader = access.read(patientId, Scope.PLANS_READ, "plans.check-ins");
        PartnerPlan.visible(patientId, planId, reader);
        return CHECK_INS.page((q, p) -> PlanCheckIn.find(q, p), "planId = :plan", Parameters.with("plan", planId), page,
                CheckInView::of, c -> List.of(c.heldAt, c.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<AchievementView> achievements(UUID patientId, UUID planId, PageParams page) {
        AccessContext reader = access.read(patientId, Scope.PLANS_READ, "plans.achievements");
        PartnerPlan.visible(patientId, planId, reader);
        return ACHIEVEMENTS.page((q, p) -> PlanAchievement.find(q, p), "planId = :plan", Parameters.with("plan", planId), page,
                AchievementView::of, a -> List.of(a.achievedAt, a.id));
    }
}
