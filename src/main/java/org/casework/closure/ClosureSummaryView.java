package org.casework.closure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A closure summary: its sections, when it was drafted, who signed it and when (it never
 * changes once signed), and the addenda that correct it.
 */
public record ClosureSummaryView(@JsonUnwrapped SummaryText text, Instant draftedAt, Instant signedAt, UUID signedBy,
		String signedByName, List<Addendum> addenda) {

	public boolean signed() {
		return this.signedAt != null;
	}

	/** A correction of the signed summary. */
	public record Addendum(UUID id, String text, UUID authorId, String authorName, Instant signedAt) {
	}

}
