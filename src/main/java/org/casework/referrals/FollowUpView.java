package org.casework.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.shared.Wording;

/**
 * A follow-up raised because a referral stalled.
 *
 * @param title what to do, in English
 * @param wording what to do, as its message and values, which the screens show in the
 * reader's language
 * @param status OPEN, DONE or DISMISSED by a worker, or RESOLVED by itself when the
 * condition ended (the provider answered, the attendance was recorded)
 */
public record FollowUpView(UUID id, UUID referralId, UUID caseId, FollowUpKind kind, String title, Wording wording,
		LocalDate dueOn, String status, Instant createdAt, Instant closedAt, String closedByName, String closedNote) {

	public boolean open() {
		return "OPEN".equals(this.status);
	}

}
