package org.casework.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * One phrase of a word list, with the suggestion shown when it is found. A retired entry
 * stays, with who retired it, when and why.
 *
 * @param shipped whether it came with Casework rather than from a program admin
 * @param addedBy who added it, or null for a shipped entry
 */
public record WordListEntry(UUID id, WordList list, String phrase, String suggestion, boolean shipped, String addedBy,
		Instant addedAt, String retiredBy, Instant retiredAt, String retiredReason) {

	public boolean active() {
		return this.retiredAt == null;
	}

}
