package org.casework.monitoring;

/** A task is open until it is done, dismissed with a reason, or resolved by its rule. */
public enum TaskStatus {

	OPEN, DONE, DISMISSED, RESOLVED

}
