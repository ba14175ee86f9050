package org.backcare.partnerplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A goal reached; kept even if the goal is later edited away, so it can be celebrated. */
@Entity
@Table(name = "plan_achievement")
class PlanAchievement extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    UUID planId;

    @Column(name = "goal_id", nullable = false, updatable = false)
    UUID goalId;

    @Column(name = "goal_text", nullable = false, length = 300, updatable = false)
    String goalText;

    @Column(name = "achieved_at", nullable = false, updatable = false)
    Instant achievedAt;

    @Column(name = "recorded_by", nullable = false, length = 255, updatable = false)
    String recordedBy;
}
