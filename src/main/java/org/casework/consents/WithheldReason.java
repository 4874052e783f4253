package org.casework.consents;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Why a category is withheld from a recipient.
 *
 * @param kind no consent, or the consent that covered it was revoked, expired, or is not
 * in effect yet
 * @param on the day the consent was revoked, ended, or takes effect; none for NO_CONSENT
 * @param consentId that consent
 */
public record WithheldReason(Kind kind, LocalDate on, UUID consentId) {

	public enum Kind {

		NO_CONSENT, REVOKED, EXPIRED, NOT_YET_EFFECTIVE

	}

	/** The reason in words, as the API answers it. */
	public String text() {
		return switch (this.kind) {
			case NO_CONSENT -> "no consent";
			case REVOKED -> "consent revoked on " + this.on;
			case EXPIRED -> "consent expired on " + this.on;
			case NOT_YET_EFFECTIVE -> "consent takes effect on " + this.on;
		};
	}

}
