package org.casework.cases;

/**
 * Where a case is in its lifecycle (guide 001, "The Stages of the Case Management
 * Process"). Computed from the case's data, never set by hand: {@link #of} is the one
 * place that decides it.
 */
public enum CaseStage {

	/**
	 * Screening, eligibility and urgency: the intake module's work before a case exists.
	 * A case opens at the intake's enrollment decision, so an open case is never here;
	 * the value keeps the lifecycle whole for screens and reports that show all stages.
	 */
	INTAKE,
	/** Holistic needs and strengths assessment. */
	ASSESSMENT,
	/** The care plan is written with the client and agreed. */
	PLANNING,
	/** Referrals, action steps and contacts carry the plan out. */
	IMPLEMENTATION,
	/** Regular reviews, reassessment, alerts. */
	MONITORING,
	/** Readiness, notice, summary, handoff and approval. */
	CLOSURE,
	/** The case is closed. */
	CLOSED;

	/**
	 * The stage of a case. A closed case is closed; otherwise the first milestone not yet
	 * reached decides, so that a reassessment (assessed becomes false) or a new plan
	 * version (planAgreed becomes false) loops the case back at any time.
	 */
	public static CaseStage of(CaseStatus status, CaseProgress progress) {
		if (status == CaseStatus.CLOSED) {
			return CLOSED;
		}
		if (progress.closureRequested()) {
			return CLOSURE;
		}
		if (!progress.assessed()) {
			return ASSESSMENT;
		}
		if (!progress.planAgreed()) {
			return PLANNING;
		}
		return progress.reviewed() ? MONITORING : IMPLEMENTATION;
	}

}
