package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A case changed owner. Carries ids only: the reason and the handoff note stay with the
 * case.
 */
public record CaseTransferred(UUID caseId, UUID clientId, UUID fromOwnerId, UUID toOwnerId, UUID transferredBy,
		Instant transferredAt) {
}
