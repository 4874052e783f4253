package org.casework.closure;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Something that keeps the case open until it is dealt with.
 *
 * @param code a stable name: UNSIGNED_NOTES, REFERRALS_WITHOUT_OUTCOME, OPEN_TASKS,
 * ACTIVE_CRISIS, NO_ADVANCE_NOTICE, NOTICE_TOO_SHORT, OUTREACH_ATTEMPTS, NO_HANDOFF,
 * REASON_NOTE, PROGRESS_REVIEW, RELAPSE_PLAN, ONGOING_RESOURCES, SUMMARY_UNSIGNED,
 * CLOSURE_DATE_AHEAD
 * @param message what to do, in English words, with the ids an integrator needs (the API
 * shows it)
 * @param arguments the facts the screens put into the message {@code closure.blocker.}
 * <em>code</em> in the reader's language
 */
public record Blocker(String code, String message, @JsonIgnore List<Object> arguments) {

	public Blocker {
		arguments = List.copyOf(arguments);
	}

	/** As the 409 answer lists it. */
	public String reason() {
		return this.code + ": " + this.message;
	}

}
