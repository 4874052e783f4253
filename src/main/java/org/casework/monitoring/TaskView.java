package org.casework.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.shared.Priority;

/**
 * A task of the work queue.
 *
 * @param casePriority the priority of the case when the task was last checked (routine
 * for a task without a case), which orders the queue after overdue first
 * @param overdue whether it is open and its due day has passed
 */
public record TaskView(UUID id, long version, TaskKind kind, boolean alert, String title, UUID caseId,
		String caseNumber, UUID ownerId, String ownerName, Priority casePriority, LocalDate dueOn, boolean overdue,
		TaskStatus status, Instant createdAt, Instant closedAt, String closedNote) {
}
