package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

/** A change of owner in a case's history. */
public record CaseTransfer(UUID fromOwnerId, String fromOwnerName, UUID toOwnerId, String toOwnerName, String reason,
		String handoffNote, UUID transferredById, String transferredByName, Instant transferredAt) {
}
