package org.casework.referrals;

/** Why a referral stalled. */
public enum FollowUpKind {

	/** No answer from the provider after the program's business days. */
	NO_ANSWER,

	/** The appointment passed and nobody recorded whether the client attended. */
	APPOINTMENT_PASSED,

	/** The provider rejected it: find another service. */
	REJECTED

}
