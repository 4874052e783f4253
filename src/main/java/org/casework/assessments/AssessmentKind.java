package org.casework.assessments;

/** The first assessment of a case with an instrument, or a later one. */
public enum AssessmentKind {

	INITIAL, REASSESSMENT

}
