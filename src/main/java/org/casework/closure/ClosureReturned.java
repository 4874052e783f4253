package org.casework.closure;

import java.util.UUID;

/** A supervisor returned a case's closure to the worker with comments. */
public record ClosureReturned(UUID closureId, UUID caseId, UUID clientId, UUID returnedBy) {
}
