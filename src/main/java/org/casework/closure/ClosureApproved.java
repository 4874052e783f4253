package org.casework.closure;

import java.time.LocalDate;
import java.util.UUID;

/** A case's closure was approved (or needed no approval): the case is closed. */
public record ClosureApproved(UUID closureId, UUID caseId, UUID clientId, ClosureReason reason, LocalDate closedOn,
		UUID decidedBy) {
}
