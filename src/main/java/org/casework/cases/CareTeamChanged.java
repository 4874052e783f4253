package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

/** Someone joined a case's care team ({@code joined}) or left it. */
public record CareTeamChanged(UUID caseId, UUID clientId, UUID userId, CareTeamRole role, boolean joined,
		UUID changedBy, Instant changedAt) {
}
