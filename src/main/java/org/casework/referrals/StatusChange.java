package org.casework.referrals;

import java.time.Instant;

/**
 * The next status of a referral.
 *
 * @param status the FHIR code of the next status ({@code accepted}, {@code on-hold}, …)
 * @param reason required for rejected, cancelled, on-hold and failed
 * @param serviceReceived on completion: whether the client received the service
 * @param clientAttended on completion: whether the client attended (recorded as the
 * attendance when none was)
 * @param outcomeNote on completion or failure: what came of it
 * @param appointmentAt on acceptance: the appointment the provider offers, if any
 */
public record StatusChange(String status, String reason, Boolean serviceReceived, Boolean clientAttended,
		String outcomeNote, Instant appointmentAt) {

	public static StatusChange to(String status, String reason) {
		return new StatusChange(status, reason, null, null, null, null);
	}

}
