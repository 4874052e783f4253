package org.casework.intake;

/** What an intake ends in. */
public enum IntakeDecision {

	/** Opens a case (or waitlists the client when the program is at capacity). */
	ENROLL,
	/**
	 * Eligible, but the program is full or the client prefers to wait: enrolled later in
	 * order.
	 */
	WAITLIST,
	/** Not a fit for this program: referred elsewhere. */
	REFER_OUT,
	/** The client or the agency declines (reason required). */
	DECLINE,
	/** The screening found the client ineligible (reason required). */
	INELIGIBLE;

	/**
	 * Whether the decision takes the client into the program, now or from the waitlist:
	 * only then must eligibility be complete and met.
	 */
	public boolean enrolls() {
		return this == ENROLL || this == WAITLIST;
	}

}
