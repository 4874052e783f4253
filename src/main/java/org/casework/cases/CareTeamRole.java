package org.casework.cases;

/** What a person does on a case's care team. */
public enum CareTeamRole {

	/** The case's owner: accountable for the case and its caseload entry. */
	PRIMARY_WORKER,
	/** Shares the work (a specialist, a worker covering a leave). */
	SECONDARY_WORKER,
	/** Reviews and approves the work on the case. */
	SUPERVISOR

}
