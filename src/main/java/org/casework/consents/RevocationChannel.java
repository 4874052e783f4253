package org.casework.consents;

/** How a client's revocation reached the agency. */
public enum RevocationChannel {

	IN_WRITING, VERBALLY, ELECTRONICALLY

}
