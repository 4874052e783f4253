package org.casework.notes;

import java.util.List;

/**
 * The documentation check of a note: the elements it still misses (they block signing)
 * and the judgmental wording found in it (signing keeps it only with a reason).
 */
public record NoteCheck(List<NoteElement> missing, List<JudgmentWarning> judgments) {

	/** Whether nothing is missing: the note may be signed (warnings with a reason). */
	public boolean complete() {
		return this.missing.isEmpty();
	}

	/** Whether nothing is missing and no wording reads as a judgment. */
	public boolean clean() {
		return this.missing.isEmpty() && this.judgments.isEmpty();
	}

}
