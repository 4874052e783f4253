package org.casework.careplans.domain;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** An obstacle anticipated for a step, with how it will be met. */
@Table("care_plan_step_barrier")
public record StepBarrier(UUID stepId, String barrier, String mitigation) {
}
