package org.casework.referrals;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a referral stands, as the FHIR Task statuses of the Gravity SDOH Clinical Care
 * implementation guide's referral task ({@code ready} and {@code received} are not used
 * for referrals). {@link #code()} is the FHIR code the API speaks.
 */
public enum ReferralStatus {

	DRAFT("draft"), REQUESTED("requested"), ACCEPTED("accepted"), REJECTED("rejected"), CANCELLED("cancelled"),
	IN_PROGRESS("in-progress"), ON_HOLD("on-hold"), FAILED("failed"), COMPLETED("completed"),
	ENTERED_IN_ERROR("entered-in-error");

	private final String code;

	ReferralStatus(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	/** No status follows except entered-in-error. */
	public boolean isFinal() {
		return this == REJECTED || this == CANCELLED || this == FAILED || this == COMPLETED || this == ENTERED_IN_ERROR;
	}

	/** Waiting for the receiving provider's first answer. */
	public boolean awaitsAnswer() {
		return this == REQUESTED;
	}

	/** The FHIR code or the constant's name. */
	public static Optional<ReferralStatus> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(s -> s.code.equals(code) || s.name().equals(code)).findFirst();
	}

}
