package org.casework.cases;

import java.util.UUID;

/**
 * Puts someone on a case's care team beside its owner.
 *
 * @param userId an active case worker (as secondary worker) or supervisor (as supervisor)
 * of the agency
 * @param role SECONDARY_WORKER or SUPERVISOR
 */
public record AddTeamMember(UUID userId, CareTeamRole role) {
}
