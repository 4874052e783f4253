package org.casework.cases;

import java.util.UUID;

import org.casework.shared.Priority;

/** Which cases a list shows; {@code null} leaves a field out. */
public record CaseFilter(UUID ownerId, CaseStatus status, UUID programId, Priority priority) {
}
