package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

import org.casework.shared.Priority;

/** A case's priority changed after it opened; the reason stays with the case. */
public record CasePriorityChanged(UUID caseId, UUID clientId, UUID ownerId, Priority from, Priority to, UUID changedBy,
		Instant changedAt) {
}
