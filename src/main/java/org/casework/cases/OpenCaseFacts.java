package org.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.shared.Priority;

/**
 * What the monitoring rules need to know of an open case, read for all open cases at once
 * by a scheduled job (no caller, no client details beyond the case number).
 */
public record OpenCaseFacts(UUID caseId, String number, UUID clientId, UUID programId, UUID ownerId, Priority priority,
		String intensityCode, LocalDate openedOn, Instant lastActivityAt) {
}
