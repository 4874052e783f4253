package org.casework.programs;

/** The result of one eligibility rule. */
public enum RuleOutcome {

	MET, NOT_MET,
	/** The screening has not answered what the rule needs. */
	UNKNOWN

}
