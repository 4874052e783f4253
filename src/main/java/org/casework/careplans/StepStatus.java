package org.casework.careplans;

/**
 * Where an action step is. Steps are never deleted: one no longer needed is dropped, with
 * the reason.
 */
public enum StepStatus {

	TODO, IN_PROGRESS, DONE,
	/** No longer needed; needs a reason. */
	DROPPED;

	/** Whether the step is still to be done (and so checked before a plan is agreed). */
	public boolean open() {
		return this == TODO || this == IN_PROGRESS;
	}

}
