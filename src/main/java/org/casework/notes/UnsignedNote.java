package org.casework.notes;

import java.time.Instant;
import java.util.UUID;

/** A draft note not yet signed. */
public record UnsignedNote(UUID noteId, UUID caseId, UUID authorId, Instant contactAt) {
}
