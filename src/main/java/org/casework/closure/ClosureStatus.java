package org.casework.closure;

/**
 * Where a closure request stands: prepared as a draft, submitted for a supervisor's
 * approval, returned to the worker with comments (and prepared again), approved (the case
 * closed), or withdrawn by the worker. Requests are never deleted.
 */
public enum ClosureStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED, WITHDRAWN;

	/** Under way: the case is in the closure stage. */
	public boolean active() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED;
	}

	/** The worker may change it. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
