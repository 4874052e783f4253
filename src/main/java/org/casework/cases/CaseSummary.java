package org.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.shared.Priority;

/**
 * A case as other modules, lists and headers show it.
 *
 * @param closedOn the day it closed, while it is closed
 * @param previousCaseId the client's case in the same program before this one (closed),
 * whose history this one continues; null for a first enrollment
 */
public record CaseSummary(UUID id, String number, UUID clientId, String clientName, UUID programId, String programName,
		UUID ownerId, String ownerName, CaseStatus status, CaseStage stage, Priority priority, String intensityCode,
		LocalDate openedOn, UUID intakeId, Instant lastActivityAt, long version, LocalDate closedOn,
		UUID previousCaseId) {
}
