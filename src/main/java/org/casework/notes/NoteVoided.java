package org.casework.notes;

import java.util.UUID;

/**
 * A draft was voided with a reason: it stays in the record as it was and will never be
 * signed, so it no longer counts as a note left unsigned.
 */
public record NoteVoided(UUID noteId, UUID caseId, UUID clientId) {
}
