package org.casework.careplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An action step under a goal.
 *
 * @param id the step's id, the same in every version of the plan
 * @param order its place among the goal's steps, from 1
 * @param responsible who does it; {@code name} carries the care team member's name too
 * @param prerequisites the steps that must be done first
 * @param blockedBy the prerequisites not done yet
 * @param blocked whether it waits for prerequisites
 * @param statusReason why it was dropped
 * @param addedInVersion the plan version the step first appeared in
 */
public record StepView(UUID id, UUID goalId, int order, String description, Responsible responsible, LocalDate dueDate,
		String resourcesNeeded, List<Barrier> barriers, List<UUID> prerequisites, List<UUID> blockedBy, boolean blocked,
		StepStatus status, LocalDate completedOn, String statusReason, String statusChangedByName,
		Instant statusChangedAt, int addedInVersion) {
}
