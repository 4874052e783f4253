package org.casework.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * A note in a case's list.
 *
 * @param snippet for a search, the matching passage with the words found between
 * {@code <mark>} and {@code </mark>} (everything else escaped as HTML), else null
 * @param addenda how many addenda the note has
 * @param voided whether the draft was voided (it will never be signed)
 */
public record NoteListItem(UUID id, UUID caseId, NoteType type, ContactMethod method, Instant contactAt,
		String authorName, boolean signed, boolean voided, boolean lateEntry, boolean urgentSafetyConcern, int addenda,
		String snippet, long version) {
}
