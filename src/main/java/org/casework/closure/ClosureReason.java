package org.casework.closure;

/**
 * Why a case closes: the readiness indicators of guide 000 ("Determining Readiness for
 * Closure").
 */
public enum ClosureReason {

	/** Primary goals met, client stabilized, crisis resolved. */
	GOALS_ACHIEVED,
	/** The client navigates systems independently. */
	SKILLS_DEVELOPED,
	/** Sustainable informal supports reduce the need for professional services. */
	NATURAL_SUPPORTS,
	/**
	 * The client consistently disengages despite outreach: needs the program's number of
	 * documented outreach attempts; advance notice, progress review, relapse plan and
	 * resources are waived (they are done with a client who is not there).
	 */
	SERVICE_REFUSAL,
	/**
	 * The client no longer meets the program's criteria (income, moved away): say what
	 * changed.
	 */
	ELIGIBILITY_LOST,
	/**
	 * Another level or type of care suits the client better: a warm handoff referral goes
	 * with it.
	 */
	TRANSFER;

	/**
	 * Whether the procedures done together with the client are waived: the client
	 * disengaged.
	 */
	public boolean disengaged() {
		return this == SERVICE_REFUSAL;
	}

}
