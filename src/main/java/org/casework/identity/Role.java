package org.casework.identity;

/** What a user may do. A user may hold several roles. */
public enum Role {

	/** Intake, assessment, plans, referrals, notes and closure for their caseload. */
	CASE_WORKER,
	/** Sees the team's caseloads, reviews and approves, reassigns. */
	SUPERVISOR,
	/** Configures programs, eligibility rules, instruments, the resource directory. */
	PROGRAM_ADMIN,
	/** Users, roles, teams, agencies; no client data. */
	SYSTEM_ADMIN,
	/** Reads the audit log and the accounting of disclosures, nothing else. */
	AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
