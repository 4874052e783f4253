package org.casework.careplans;

/**
 * How far a goal has come. Goals are never deleted: one no longer pursued is
 * discontinued, with the reason.
 */
public enum GoalStatus {

	NOT_STARTED, IN_PROGRESS, ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED,
	/**
	 * No longer pursued (the client's priorities changed, the need went away); needs a
	 * reason.
	 */
	DISCONTINUED;

	/**
	 * Whether the goal is still being worked on (and so checked before a plan is agreed).
	 */
	public boolean open() {
		return this == NOT_STARTED || this == IN_PROGRESS;
	}

}
