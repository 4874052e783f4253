package org.casework.closure;

import java.util.UUID;

/**
 * A program's rules for closing cases.
 *
 * @param requireSupervisorApproval whether a supervisor of the owner's team approves a
 * closure before the case closes (a closure while the latest assessment still rates a
 * domain in crisis needs one anyway)
 * @param noticeDays how many days before the closure date the client is told at least
 * (waived when the client disengaged)
 * @param outreachAttempts how many documented outreach attempts a closure for service
 * refusal needs
 * @param reopenWindowDays how many days after closing the same case may be reopened;
 * later, a new intake starts a new case linked to this one
 * @param version the entity tag of the settings: 0 while the program uses the defaults
 */
public record ClosureSettings(UUID programId, boolean requireSupervisorApproval, int noticeDays, int outreachAttempts,
		int reopenWindowDays, long version) {

	public static final int DEFAULT_NOTICE_DAYS = 14;

	public static final int DEFAULT_OUTREACH_ATTEMPTS = 3;

	public static final int DEFAULT_REOPEN_WINDOW_DAYS = 90;

	public static ClosureSettings defaults(UUID programId) {
		return new ClosureSettings(programId, true, DEFAULT_NOTICE_DAYS, DEFAULT_OUTREACH_ATTEMPTS,
				DEFAULT_REOPEN_WINDOW_DAYS, 0);
	}

}
