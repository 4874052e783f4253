package org.casework.assessments;

/** Where an assessment of a case is: being filled in, completed, or voided. */
public enum AssessmentStatus {

	/** Being filled in over one or more contacts; saved as it goes. */
	DRAFT,
	/**
	 * Every required question is answered: scored, counted, stored as a completed
	 * QuestionnaireResponse. Sections left for later may still be answered (the response
	 * is then amended); answers given are corrected only by addenda.
	 */
	COMPLETED,
	/**
	 * Withdrawn with a reason (taken with the wrong client, the wrong instrument); stays
	 * readable.
	 */
	VOIDED

}
