package org.casework.referrals;

import java.time.Instant;

/** A status change: from what to what, why, by which side and whom, when. */
public record StatusEntry(ReferralStatus from, ReferralStatus to, String reason, ReferralSide side, String byName,
		Instant at) {
}
