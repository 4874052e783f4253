package org.casework.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.notes.ContactNotes;

import org.springframework.stereotype.Component;

/**
 * The contacts the rules read, from the contact notes: the latest signed note of a
 * contact with the client (not a collateral contact, a staffing or a summary), and the
 * drafts left unsigned.
 */
@Component
class NoteContacts implements ContactActivity {

	private final ContactNotes notes;

	NoteContacts(ContactNotes notes) {
		this.notes = notes;
	}

	@Override
	public Map<UUID, Instant> lastContacts(Collection<UUID> caseIds) {
		return this.notes.lastContacts(caseIds);
	}

	@Override
	public List<UnsignedContact> unsignedNotesSince(Instant contactBefore) {
		return this.notes.unsignedSince(contactBefore)
			.stream()
			.map(n -> new UnsignedContact(n.noteId(), n.caseId(), n.authorId(), n.contactAt()))
			.toList();
	}

}
