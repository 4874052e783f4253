package org.casework.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An outreach attempt logged on a case. */
public record OutreachAttempt(UUID id, LocalDate attemptedOn, OutreachMethod method, String outcome,
		String recordedByName, Instant recordedAt) {
}
