package org.backcare.partnerplan;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.hibernate.exception.ConstraintViolationException;

/**
 * Plans. The patient owns them; the partner named in one reads it with plans:read and edits
 * the parts the patient allowed with plans:write. Grants are checked on every request, so a
 * revoked or expired grant shuts the partner out at once.
 */
@ApplicationScoped
@Transactional
class PlanService {

    private static final Keyset PLANS = Keyset.byTime("plans", "patientId", "createdAt", true);

    private final PatientAccess access;
    private final PlanRules rules;
    private final PlanDocuments documents;
    private final MergePatch mergePatch;
    private final Clock clock;

    PlanService(PatientAccess access, PlanRules rules, PlanDocuments documents, MergePatch mergePatch, Clock clock) {
        this.access = access;
        this.rules = rules;
        this.documents = documents;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    PlanView create(UUID patientId, PlanInput input) {
        AccessContext owner = access.owner(patientId);
        PlanInput plan = documents.withGoalIds(input.withStatus(PlanInput.PlanStatus.ACTIVE));
        rules.check(patientId, plan);
        if (PartnerPlan.count("patientId = ?1 and activePartner = ?2", patientId, plan.partnerSubject()) > 0) {
            throw activeExists();
        }
        PartnerPlan entity = new PartnerPlan();
        entity.id = UUID.randomUUID();
        entity.patientId = patientId;
        entity.version = 1;
        entity.createdAt = clock.instant();
        entity.updatedAt = entity.createdAt;
        apply(entity, plan);
        entity.persist();
        flush();
        documents.recordAchievements(entity, List.of(), plan.goals(), owner.subject());
        return documents.view(entity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PlanView> list(UUID patientId, PageParams page) {
        AccessContext reader = access.read(patientId, Scope.PLANS_READ, "plans.list");
        // A partner sees the plans that name them; seesPlan is the same rule, asked of one plan.
        String where = reader.isOwner() ? "patientId = :patient" : "patientId = :patient and partnerSubject = :partner";
        Parameters params = Parameters.with("patient", patientId);
        if (!reader.isOwner()) {
            params.and("partner", reader.subject());
        }
        return PLANS.page((q, p) -> PartnerPlan.find(q, p), where, params, page, documents::view, plan -> List.of(plan.createdAt, plan.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PlanView get(UUID patientId, UUID planId) {
        AccessContext reader = access.read(patientId, Scope.PLANS_READ, "plans.read");
        return documents.view(PartnerPlan.visible(patientId, planId, reader));
    }

    PlanView update(UUID patientId, UUID planId, String ifMatch, JsonNode patch) {
        AccessContext editor = access.write(patientId, Scope.PLANS_WRITE);
        Preconditions.requirePresent(ifMatch);
        PartnerPlan entity = PartnerPlan.visible(patientId, planId, editor);
        Preconditions.requireMatch(ifMatch, entity.version);
        PlanInput before = documents.read(entity);
        PlanInput after = documents.withGoalIds(mergePatch.apply(before, patch, PlanInput.class));
        if (!editor.isOwner()) {
            checkPartnerEdit(before, after);
        }
        if (after.status() == null) {
            after = after.withStatus(before.status());
        }
        if (before.status() == PlanInput.PlanStatus.ARCHIVED) {
            throw ApiException.conflict("This plan is archived; start a new one.");
        }
        rules.check(patientId, after);
        documents.recordAchievements(entity, before.goals(), after.goals(), editor.subject());
        apply(entity, after);
        entity.updatedAt = clock.instant();
        flush();
        return documents.view(entity);
    }

    private void apply(PartnerPlan entity, PlanInput plan) {
        entity.partnerSubject = plan.partnerSubject();
        entity.status = plan.status();
        entity.activePartner = plan.status() == PlanInput.PlanStatus.ACTIVE ? plan.partnerSubject() : null;
        documents.store(entity, plan);
    }

    /**
     * Writes now, so the database decides here: a stale version (another edit won) is 412; a second
     * active plan with the same partner, created at the same moment, meets the unique index.
     */
    private static void flush() {
        try {
            PartnerPlan.flush();
        } catch (ConstraintViolationException e) {
            throw activeExists();
        }
    }

    private static ApiException activeExists() {
        return ApiException.conflict("There is already an active plan with this partner; change or archive it.");
    }

    /** The plan, if the caller may see it; anyone else learns nothing, not even that it exists. */
    private static void checkPartnerEdit(PlanInput before, PlanInput after) {
        if (!Objects.equals(before.partnerSubject(), after.partnerSubject())
                || !Objects.equals(before.partnerMayEdit(), after.partnerMayEdit())
                || (after.status() != null && after.status() != before.status())) {
            throw ApiException.forbidden("Only the patient can change the partner, the edit rights or the status.");
        }
        Set<PlanPart> changed = EnumSet.noneOf(PlanPart.class);
        for (PlanPart part : PlanPart.values()) {
            if (!Objects.equals(before.part(part), after.part(part))) {
                changed.add(part);
            }
        }
        changed.removeAll(before.partnerMayEdit());
        if (!changed.isEmpty()) {
            throw ApiException.forbidden("The patient has not let you edit " + changed + ".");
        }
    }
}
