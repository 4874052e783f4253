package org.casework.intake;

import java.util.UUID;

import org.casework.shared.Priority;

/** An intake was decided; caseId is set when it opened a case. */
public record IntakeDecided(UUID intakeId, UUID clientId, UUID programId, IntakeDecision decision, Priority priority,
		UUID caseId) {

}
