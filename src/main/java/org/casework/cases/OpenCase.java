package org.casework.cases;

import java.util.UUID;

import org.casework.shared.Priority;

/**
 * What an enrollment decision gives to open a case.
 *
 * @param clientId the client, who must be in the caller's scope
 * @param programId an active program of the caller's agency
 * @param ownerId the case worker who will own the case
 * @param priority from the intake's urgency screen
 * @param intensityCode one of the program's intensity levels, or {@code null} until it is
 * decided
 * @param intakeId the intake that decided to enroll, if any
 */
public record OpenCase(UUID clientId, UUID programId, UUID ownerId, Priority priority, String intensityCode,
		UUID intakeId) {
}
