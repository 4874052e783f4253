package org.casework.shared;

/**
 * How fast a client needs help (guide 000, urgency assessment), most urgent first: the
 * intake's urgency screen sets it, and caseloads are ordered by it.
 */
public enum Priority {

	/**
	 * Immediate danger: the supervisor is alerted at once and the client carries a crisis
	 * banner.
	 */
	EMERGENCY,
	/** A basic need unmet now (no safe place tonight, no food): within days. */
	URGENT, ROUTINE

}
