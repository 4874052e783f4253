package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A membership of the care team that someone added by hand (the owner's comes with the
 * opening or a transfer): who added them, and when they left, who took them off and why.
 */
public record CareTeamChange(UUID userId, String name, CareTeamRole role, Instant joinedAt, UUID addedBy,
		String addedByName, Instant leftAt, UUID leftBy, String leftByName, String leaveReason) {
}
