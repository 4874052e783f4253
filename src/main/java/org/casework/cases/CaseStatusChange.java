package org.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A closing or reopening in a case's history.
 *
 * @param closedOn the day the case closed, for a closing
 */
public record CaseStatusChange(CaseStatus status, String reason, LocalDate closedOn, UUID changedBy,
		String changedByName, Instant changedAt) {
}
