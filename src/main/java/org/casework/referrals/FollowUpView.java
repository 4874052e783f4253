package org.casework.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up raised because a referral stalled.
 *
 * @param status OPEN, DONE or DISMISSED by a worker, or RESOLVED by itself when the
 * condition ended (the provider answered, the attendance was recorded)
 */
public record FollowUpView(UUID id, UUID referralId, UUID caseId, FollowUpKind kind, String title, LocalDate dueOn,
		String status, Instant createdAt, Instant closedAt, String closedByName, String closedNote) {

	public boolean open() {
		return "OPEN".equals(this.status);
	}

}
