package org.casework.monitoring.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.monitoring.TaskKind;
import org.casework.shared.Priority;
import org.casework.shared.Wording;

/**
 * One occurrence of a rule's condition (a case quiet past its contact day, a consent
 * about to expire): it raises exactly one task, found again by its rule key.
 *
 * @param title what to do, in words each reader sees in their language
 */
public record Occurrence(TaskKind kind, String ruleKey, Wording title, UUID caseId, String caseNumber, UUID clientId,
		UUID ownerId, Priority priority, LocalDate dueOn) {
}
