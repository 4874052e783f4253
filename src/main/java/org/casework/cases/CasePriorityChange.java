package org.casework.cases;

import java.time.Instant;
import java.util.UUID;

import org.casework.shared.Priority;

/** A change of a case's priority or intensity level, with the reason. */
public record CasePriorityChange(Priority priorityFrom, Priority priorityTo, String intensityFrom, String intensityTo,
		String reason, UUID changedBy, String changedByName, Instant changedAt) {
}
