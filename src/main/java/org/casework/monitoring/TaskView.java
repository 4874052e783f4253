package org.casework.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.shared.Priority;
import org.casework.shared.Wording;

/**
 * A task of the work queue.
 *
 * @param casePriority the priority of the case when the task was last checked (routine
 * for a task without a case), which orders the queue after overdue first
 * @param overdue whether it is open and its due day has passed
 * @param title what to do, in English for a rule's task, as written for one by hand
 * @param wording a rule's title as its message and values, which the screens show in the
 * reader's language; null for a task written by hand
 */
public record TaskView(UUID id, long version, TaskKind kind, boolean alert, String title, Wording wording, UUID caseId,
		String caseNumber, UUID ownerId, String ownerName, Priority casePriority, LocalDate dueOn, boolean overdue,
		TaskStatus status, Instant createdAt, Instant closedAt, String closedNote) {
}
