package org.casework.notes;

/**
 * How a contact happened. Every method but {@link #COLLATERAL} is a contact with the
 * client.
 */
public enum ContactMethod {

	/** Met in person at the office or elsewhere outside the client's home. */
	IN_PERSON,
	/** Met in the client's home: the note describes the home environment. */
	HOME_VISIT, PHONE, VIDEO,
	/** Text messages or chat. */
	TEXT,
	/**
	 * A contact about the client with someone else (a landlord, a teacher, a provider),
	 * not with the client.
	 */
	COLLATERAL;

	/** Whether the method needs a location (where the worker and the client met). */
	public boolean inPlace() {
		return this == IN_PERSON || this == HOME_VISIT;
	}

}
