package org.casework.monitoring.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.monitoring.TaskKind;
import org.casework.shared.Priority;

/**
 * One occurrence of a rule's condition (a case quiet past its contact day, a consent
 * about to expire): it raises exactly one task, found again by its rule key.
 */
public record Occurrence(TaskKind kind, String ruleKey, String title, UUID caseId, String caseNumber, UUID clientId,
		UUID ownerId, Priority priority, LocalDate dueOn) {
}
