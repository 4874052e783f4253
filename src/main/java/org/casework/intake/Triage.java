package org.casework.intake;

import java.util.List;

import org.casework.shared.Priority;

/** The urgency screen's result: the priority, why, and what is still unanswered. */
public record Triage(Priority priority, List<String> reasons, List<UrgencyItem> unanswered) {

	public boolean complete() {
		return this.unanswered.isEmpty();
	}

}
