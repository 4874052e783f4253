package org.casework.consents;

/**
 * An event that ends a consent. Referrals end the consents tied to a referral when it is
 * closed, the closure of a case those tied to the case; any other event is recorded by
 * the worker.
 */
public enum ExpiryEventKind {

	/** The end of a referral (the referral's id is the event's subject). */
	END_OF_REFERRAL,
	/** The closure of the case (the case's id is the event's subject). */
	CASE_CLOSURE,
	/** Any other event, as described. */
	OTHER

}
