package org.casework.cases;

/**
 * What has happened on a case so far, as far as its stage depends on it. The assessments,
 * care plans, monitoring and closure modules record these milestones on the case (through
 * their events) as they come to exist; until then a case has reached none of them.
 *
 * @param assessed the case has a completed core assessment that was not voided (later
 * reassessments keep it so: they are part of monitoring)
 * @param planAgreed the client agreed the current care plan (a new plan version after a
 * reassessment makes this false until it is agreed)
 * @param reviewed the first review of the plan's goals took place
 * @param closureRequested closure was requested and is being prepared
 */
public record CaseProgress(boolean assessed, boolean planAgreed, boolean reviewed, boolean closureRequested) {

	/** A case just opened: nothing assessed, planned or reviewed yet. */
	public static final CaseProgress NONE = new CaseProgress(false, false, false, false);

}
