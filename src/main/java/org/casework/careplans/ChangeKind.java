package org.casework.careplans;

/** How a goal or step differs from the previous version of the plan. */
public enum ChangeKind {

	ADDED, REMOVED, CHANGED

}
