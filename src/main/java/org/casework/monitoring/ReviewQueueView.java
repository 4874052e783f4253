package org.casework.monitoring;

import java.util.List;
import java.util.UUID;

/**
 * What a supervisor reviews (guide 001, stage 5: regular case reviews catch problems
 * before they escalate): plans and closures waiting for approval, the team's clients in
 * crisis, the team's cases with no contact beyond their cadence, emergency access to the
 * team's clients, and each worker's open and overdue tasks.
 */
public record ReviewQueueView(List<TaskView> plansAwaitingApproval, List<TaskView> closuresAwaitingApproval,
		List<TaskView> crisis, List<TaskView> noContact, List<TaskView> emergencyAccess, List<WorkerTasks> workers) {

	/** A worker of the team with their open and overdue tasks. */
	public record WorkerTasks(UUID workerId, String name, long open, long overdue) {
	}

}
