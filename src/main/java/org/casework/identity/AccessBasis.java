package org.casework.identity;

/** Why a user may see a client. */
public enum AccessBasis {

	/** The worker registered the client. */
	REGISTERED,
	/** The worker is screening the client for a program (an intake). */
	INTAKE,
	/** The worker owns the client's case. */
	CASE_OWNER,
	/** The worker is on the case's care team. */
	CARE_TEAM,
	/** Emergency access with a typed reason; it expires. */
	EMERGENCY

}
