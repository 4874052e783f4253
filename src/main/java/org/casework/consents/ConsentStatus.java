package org.casework.consents;

/**
 * Where a consent stands today, computed from its dates and the clock; never stored.
 */
public enum ConsentStatus {

	/** Signed, with an effective date still to come. */
	PENDING,
	/** In effect: disclosures to its recipient of its categories may be made. */
	ACTIVE,
	/** Past its expiry date, or the event it names has happened. */
	EXPIRED,
	/** The client revoked it. */
	REVOKED

}
