package org.casework.intake;

import java.time.Instant;
import java.util.UUID;

import org.casework.shared.Priority;

/** An intake in a list: whose, for which program, how urgent, and where it stands. */
public record IntakeSummary(UUID id, UUID clientId, String clientName, UUID programId, String programName,
		IntakeStatus status, Priority priority, IntakeDecision decision, UUID caseId, Instant updatedAt,
		Integer waitlistPosition) {

}
