package org.casework.monitoring;

/**
 * Where a task comes from: written by hand, or raised by one of the monitoring rules
 * (guide 000, "Systematic Progress Monitoring"). Alerts are the kinds a worker or
 * supervisor must see at once.
 */
public enum TaskKind {

	/** Written by a worker or supervisor. */
	MANUAL(false),
	/**
	 * No contact with the client within the minimum contact frequency of the intensity
	 * level.
	 */
	NO_CONTACT(false),
	/**
	 * The goals of the plan in force are due for review (monthly or quarterly by
	 * intensity).
	 */
	GOAL_REVIEW(false),
	/**
	 * The formal reassessment is due (cadence of the intensity level, or a significant
	 * change).
	 */
	REASSESSMENT(false),
	/**
	 * A referral has an open follow-up: no answer, an appointment passed, a rejection.
	 */
	REFERRAL_FOLLOW_UP(false),
	/** A contact note is still unsigned 24 hours after the contact. */
	UNSIGNED_NOTE(false),
	/** A release of information expires within 30 days. */
	CONSENT_EXPIRING(false),
	/** The client is flagged in crisis. */
	CRISIS(true),
	/** Someone broke the glass to open a client of the supervisor's team. */
	EMERGENCY_ACCESS(true),
	/** A care plan waits for the supervisor's approval. */
	PLAN_APPROVAL(false),
	/** A case's closure waits for the approval of a supervisor of the owner's team. */
	CLOSURE_APPROVAL(false),
	/**
	 * Check in with the client some days (30 or 90) after their case closed: stays in the
	 * worker's queue though the case is closed.
	 */
	CLOSURE_CHECK_IN(false);

	private final boolean alert;

	TaskKind(boolean alert) {
		this.alert = alert;
	}

	public boolean alert() {
		return this.alert;
	}

}
