package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

/** A person on a case's care team, since when. */
public record CareTeamMember(UUID userId, String name, CareTeamRole role, Instant since) {
}
