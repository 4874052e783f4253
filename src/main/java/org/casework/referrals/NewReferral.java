package org.casework.referrals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casework.shared.Priority;

/**
 * A referral as the worker makes it.
 *
 * @param caseId the case it is made from
 * @param serviceId the directory service the client is referred to
 * @param stepId the care plan step it serves, or null
 * @param reason why the client needs the service
 * @param urgency how soon (ROUTINE when null)
 * @param shared what the provider will see, each item under a category of information
 * @param appointmentAt the appointment if known
 * @param status {@code draft} (when null) or {@code requested} to send it at once
 */
public record NewReferral(UUID caseId, UUID serviceId, UUID stepId, String reason, Priority urgency,
		List<SharedItem> shared, Instant appointmentAt, String appointmentNote, String status) {

	public NewReferral {
		shared = shared == null ? List.of() : List.copyOf(shared);
	}

}
