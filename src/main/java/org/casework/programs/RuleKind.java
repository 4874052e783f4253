package org.casework.programs;

/** The kinds of eligibility rule the system can evaluate. */
public enum RuleKind {

	/** Age on the screening date within a range. */
	AGE,
	/** Household income at or below a percentage of the poverty guideline. */
	INCOME,
	/** Lives in one of the program's counties or ZIP codes. */
	JURISDICTION,
	/** A yes/no question with the answer that qualifies. */
	YES_NO

}
