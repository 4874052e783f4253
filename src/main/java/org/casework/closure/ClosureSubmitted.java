package org.casework.closure;

import java.util.UUID;

/** A worker submitted a case's closure for a supervisor's approval. */
public record ClosureSubmitted(UUID closureId, UUID caseId, UUID clientId, UUID submittedBy) {
}
