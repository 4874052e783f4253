package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A closed case was reopened within the program's window: the same case is open again.
 */
public record CaseReopened(UUID caseId, UUID clientId, UUID programId, UUID ownerId, UUID reopenedBy,
		Instant reopenedAt) {
}
