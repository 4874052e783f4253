package org.casework.intake;

/**
 * Something the intake does not know yet (guide 001: "do we have enough to understand
 * urgency, eligibility and immediate risk?"). Blocking items stop a decision.
 *
 * @param section rapport, presentingIssue, eligibility, urgency or documentation
 * @param field the field that answers it
 * @param message what is missing, in words
 * @param blocking whether a decision is refused while it is missing
 */
public record MissingItem(String section, String field, String message, boolean blocking) {

	/**
	 * Whether it stops this decision: a missing urgency answer stops every decision (no
	 * one leaves intake with their risk unknown), a missing eligibility answer only a
	 * decision that enrolls.
	 */
	public boolean blocks(IntakeDecision decision) {
		return this.blocking && ("urgency".equals(this.section) || decision != null && decision.enrolls());
	}

}
