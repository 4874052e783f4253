package org.casework.careplans;

/** Where a goal came from. */
public enum GoalOrigin {

	/** Stated by the client (and written down with the worker). */
	CLIENT,
	/**
	 * Offered from a goal area of the latest completed core assessment (a domain in
	 * crisis or vulnerable) when the plan was started; it has no statement until the
	 * client and worker give it one.
	 */
	ASSESSMENT

}
