package org.casework.notes;

/** What a note records. */
public enum NoteType {

	/** A contact with the client or, collateral, with someone about the client. */
	CONTACT,
	/**
	 * A multidisciplinary staffing: a team meeting about the case, with attendees from
	 * several agencies and decisions each with an owner and a due date.
	 */
	STAFFING,
	/**
	 * The monthly summary of a case, assembled from the month's signed notes and edited
	 * by the worker.
	 */
	MONTHLY_SUMMARY

}
