package org.casework.careplans;

import java.time.Instant;
import java.util.UUID;

/**
 * The client agreed a plan version that the program requires a supervisor to approve: the
 * supervisors of the case owner's team have it to review.
 */
public record CarePlanApprovalRequested(UUID planId, int number, UUID caseId, UUID clientId, UUID ownerId,
		Instant requestedAt) {
}
