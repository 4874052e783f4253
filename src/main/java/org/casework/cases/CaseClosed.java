package org.casework.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case closed: the client is no longer enrolled, the case leaves the active caseload
 * and is read-only except for addenda. Its record stays.
 */
public record CaseClosed(UUID caseId, UUID clientId, UUID programId, UUID ownerId, LocalDate closedOn, UUID closedBy) {
}
