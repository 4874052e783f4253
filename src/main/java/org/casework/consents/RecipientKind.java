package org.casework.consents;

/** Who receives information under a consent. */
public enum RecipientKind {

	/** An organization of the resource directory. */
	ORGANIZATION,
	/** An agency using Casework (a care-team member's agency). */
	AGENCY,
	/** A named person (a relative, a landlord, a lawyer). */
	PERSON

}
