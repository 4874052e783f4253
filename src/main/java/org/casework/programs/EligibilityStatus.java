package org.casework.programs;

/** The overall screening result: any rule not met makes the client ineligible. */
public enum EligibilityStatus {

	ELIGIBLE, INELIGIBLE, NEEDS_INFORMATION

}
