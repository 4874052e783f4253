package org.casework.cases;

/** Whether the client is enrolled. A closed case is kept, never deleted. */
public enum CaseStatus {

	OPEN, CLOSED

}
