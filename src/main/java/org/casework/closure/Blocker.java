package org.casework.closure;

/**
 * Something that keeps the case open until it is dealt with.
 *
 * @param code a stable name: UNSIGNED_NOTES, REFERRALS_WITHOUT_OUTCOME, OPEN_TASKS,
 * ACTIVE_CRISIS, NO_ADVANCE_NOTICE, NOTICE_TOO_SHORT, OUTREACH_ATTEMPTS, NO_HANDOFF,
 * REASON_NOTE, PROGRESS_REVIEW, RELAPSE_PLAN, ONGOING_RESOURCES, SUMMARY_UNSIGNED,
 * CLOSURE_DATE_AHEAD
 * @param message what to do, in words
 */
public record Blocker(String code, String message) {

	/** As the 409 answer lists it. */
	public String reason() {
		return this.code + ": " + this.message;
	}

}
