package org.casework.careplans;

/**
 * Where a version of a care plan is in its life. A case has at most one version being
 * drafted (or awaiting approval) and at most one agreed version at a time; agreeing the
 * next version supersedes the previous one, which stays readable as it was.
 */
public enum CarePlanStatus {

	/** Being written with the client; goals and steps change only here. */
	DRAFT,
	/**
	 * The client agreed; the program requires a supervisor's approval before it counts as
	 * agreed. The supervisor approves it or returns it to draft with comments.
	 */
	PENDING_APPROVAL,
	/** Agreed (and approved where required): the plan in force. */
	AGREED,
	/** An agreed version that a later agreed version replaced. */
	SUPERSEDED

}
