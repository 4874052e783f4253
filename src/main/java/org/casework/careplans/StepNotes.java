package org.casework.careplans;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What another module knows of a plan's steps, shown with each step on the plan page (a
 * referral made for the step, with its status), so that the care plans module does not
 * depend on those modules. Implementations are Spring beans.
 */
public interface StepNotes {

	/**
	 * The notes for the steps of a case's plan, by step id; the case is in the caller's
	 * scope (the page has read it).
	 */
	Map<UUID, List<StepNote>> forCase(UUID caseId);

	/** A line shown under a step, linking to what it is about. */
	record StepNote(String text, String href) {
	}

}
