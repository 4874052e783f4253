package org.casework.careplans.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.careplans.GoalStatus;

import org.springframework.data.relational.core.mapping.Table;

/** A change of a goal's status. */
@Table("care_plan_goal_status")
public record GoalStatusRow(UUID goalId, GoalStatus statusFrom, GoalStatus statusTo, String reason, UUID changedBy,
		Instant changedAt) {
}
