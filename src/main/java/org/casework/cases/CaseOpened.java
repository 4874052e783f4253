package org.casework.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.shared.Priority;

/** A client was enrolled in a program: a case is open. */
public record CaseOpened(UUID caseId, String number, UUID clientId, UUID programId, UUID ownerId, Priority priority,
		UUID intakeId, LocalDate openedOn) {
}
