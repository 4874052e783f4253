package org.casework.careplans;

/**
 * Who carries out an action step (guide 000, responsibility assignment: "client completes
 * application, case manager schedules appointment").
 */
public enum ResponsibleParty {

	/** The client. */
	CLIENT,
	/** The case's worker (its owner). */
	CASE_WORKER,
	/** A named member of the case's current care team (by user id). */
	CARE_TEAM_MEMBER,
	/** A provider outside the agency, by name. */
	OUTSIDE_PROVIDER,
	/** A member of the client's family, by name. */
	FAMILY_MEMBER;

	/** Whether the party is named by free text rather than a user of the system. */
	public boolean namedByText() {
		return this == OUTSIDE_PROVIDER || this == FAMILY_MEMBER;
	}

}
