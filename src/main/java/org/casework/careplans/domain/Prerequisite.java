package org.casework.careplans.domain;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A step that must be done before another can start. */
@Table("care_plan_step_prerequisite")
public record Prerequisite(UUID stepId, UUID requiresStepId) {
}
