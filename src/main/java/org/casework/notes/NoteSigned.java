package org.casework.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * A note was signed: from now on it is part of the record.
 *
 * @param contactAt when the contact happened
 * @param authorId who wrote and signed it
 * @param clientContact whether it was a contact with the client (not collateral, a
 * staffing or a monthly summary)
 */
public record NoteSigned(UUID noteId, UUID caseId, UUID clientId, Instant contactAt, UUID authorId,
		boolean clientContact) {
}
