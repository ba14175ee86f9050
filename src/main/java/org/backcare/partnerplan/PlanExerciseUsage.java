package org.backcare.partnerplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.backcare.exercise.ExerciseUsage;

/** Plans, archived ones included, that share a catalog entry keep it from being removed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PlanExerciseUsage implements ExerciseUsage {

    @Override
    public boolean uses(String slug) {
        return PartnerPlan.count("?1 member of exerciseSlugs", slug) > 0;
    }
}
