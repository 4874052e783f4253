package org.casework.consents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A release of information as recorded, with where it stands today.
 *
 * @param status computed from the clock: pending, active, expired or revoked
 * @param endedOn the day it was revoked, expired or its event happened; none while it
 * runs
 * @param revocationStatement the statement of the right to revoke shown to the client and
 * acknowledged
 * @param part2 it covers substance use information under 42 CFR Part 2
 * @param redisclosureNotice the 42 CFR 2.32 notice that goes with what is disclosed under
 * it (Part 2 only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentView(UUID id, UUID clientId, long version, Recipient recipient,
		Set<InformationCategory> categories, String purpose, String informationDescription, String disclosingProgram,
		String patientName, LocalDate effectiveOn, LocalDate expiresOn, ExpiryEvent expiryEvent, Agreement agreement,
		String revocationStatement, boolean part2, String redisclosureNotice, ConsentStatus status, LocalDate endedOn,
		EventRecord event, RevocationRecord revocation, String recordedBy, Instant recordedAt) {

	/**
	 * How the client agreed.
	 *
	 * @param signed a signature image is kept ({@code …/signature})
	 */
	public record Agreement(AgreementMethod method, LocalDate signedOn, String witnessName, boolean signed) {
	}

	/** The event that ended the consent. */
	public record EventRecord(LocalDate occurredOn, String note, String recordedBy, Instant recordedAt) {
	}

	/** The client's revocation. */
	public record RevocationRecord(LocalDate revokedOn, RevocationChannel receivedHow, String note, String recordedBy,
			Instant recordedAt) {
	}

	public boolean active() {
		return this.status == ConsentStatus.ACTIVE;
	}

	/** Whether it covers a category. */
	public boolean covers(InformationCategory category) {
		return this.categories.contains(category);
	}

}
