package org.casework.assessments;

import java.time.LocalDate;

/**
 * When a case is next assessed. Before the first completed core assessment it is due from
 * the opening; after it, at the cadence of the case's intensity level (6 to 12 months),
 * or at once when a worker records a significant change.
 *
 * @param lastCompletedOn the day the latest core assessment completed, or null
 * @param dueOn the day the next (re)assessment is due
 * @param basis why it is due then
 * @param change the significant change that made it due, for basis SIGNIFICANT_CHANGE
 * @param note the worker's note on that change
 * @param months the cadence in months, for basis CADENCE
 * @param overdue whether the due day has passed (today counts as due, not overdue)
 */
public record ReassessmentSchedule(LocalDate lastCompletedOn, LocalDate dueOn, Basis basis, SignificantChange change,
		String note, Integer months, boolean overdue) {

	public enum Basis {

		/** No core assessment is complete yet: the first one is due. */
		INITIAL,
		/** The cadence of the case's intensity level. */
		CADENCE,
		/** A significant change the worker recorded. */
		SIGNIFICANT_CHANGE

	}

}
