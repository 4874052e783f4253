package org.casework.careplans;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of a case's care plan came into force: the client agreed it and, where the
 * program requires it, a supervisor approved it. The version before it, if any, is
 * superseded.
 *
 * @param approvedBy the supervisor who approved it, or null when no approval was needed
 * @param goalIds the goals still being worked on, in the client's order
 */
public record CarePlanAgreed(UUID planId, int number, UUID caseId, UUID clientId, AgreementMethod method,
		UUID approvedBy, List<UUID> goalIds, Instant agreedAt) {
}
