package org.casework.audit;

/** What was done to the subject of an audit entry. */
public enum AuditAction {

	/** A record was opened. */
	READ,
	/** A list or search answered with these clients. */
	LIST,
	/** A duplicate check showed these clients' identity fields. */
	MATCH, CREATE, UPDATE,
	/** A record was marked as entered in error (nothing is deleted). */
	MARK_IN_ERROR,
	/** Information about a client left the agency (see the accounting of disclosures). */
	DISCLOSE,
	/** Emergency access to an out-of-scope client was opened. */
	BREAK_GLASS,
	/** Security-relevant account events: logins, tokens, roles. */
	LOGIN, LOGOUT, TOKEN_CREATE, TOKEN_REVOKE, USER_CREATE, USER_UPDATE, USER_DEACTIVATE, PASSWORD_RESET,
	/** The audit trail itself was queried or verified. */
	AUDIT_QUERY;

}
