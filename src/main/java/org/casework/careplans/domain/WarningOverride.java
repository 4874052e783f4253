package org.casework.careplans.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.careplans.SmartElement;

import org.springframework.data.relational.core.mapping.Table;

/** A worker accepted a weak SMART element of a goal, with the reason. */
@Table("care_plan_goal_override")
public record WarningOverride(UUID goalId, SmartElement element, String reason, UUID overriddenBy,
		Instant overriddenAt) {
}
