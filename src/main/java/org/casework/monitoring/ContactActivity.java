package org.casework.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contacts with clients that the monitoring rules read: the last contact of each case
 * (for the minimum contact frequency) and the contact notes still unsigned (a note is
 * signed within 24 hours of the contact), read from the notes module by
 * {@link NoteContacts}.
 */
public interface ContactActivity {

	/** The last contact of each of the cases that has had one. */
	Map<UUID, Instant> lastContacts(Collection<UUID> caseIds);

	/** The notes still unsigned whose contact took place before {@code contactBefore}. */
	List<UnsignedContact> unsignedNotesSince(Instant contactBefore);

	/** A contact note not signed yet. */
	record UnsignedContact(UUID noteId, UUID caseId, UUID authorId, Instant contactAt) {
	}

}
