package org.casework.assessments;

/**
 * An active instrument is offered for new assessments; a retired one is not, and its
 * versions stay readable for the assessments taken with them.
 */
public enum InstrumentStatus {

	ACTIVE, RETIRED

}
