package org.casework.closure;

import java.util.List;
import java.util.UUID;

import org.casework.referrals.SharedItem;
import org.casework.shared.Priority;

/**
 * A warm handoff: the signed closure summary goes to the receiving provider as a
 * referral, filtered by the client's consent.
 *
 * @param serviceId the directory service that takes the client on (required)
 * @param reason why, for the provider; drafted from the closure when empty
 * @param urgency how soon (ROUTINE when empty)
 * @param additional more for the provider, each under its category of information (the
 * summary itself goes under GENERAL); what no consent covers is withheld
 */
public record HandoffRequest(UUID serviceId, String reason, Priority urgency, List<SharedItem> additional) {

	public HandoffRequest {
		additional = additional == null ? List.of() : List.copyOf(additional);
	}

}
