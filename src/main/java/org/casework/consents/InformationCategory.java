package org.casework.consents;

/**
 * The kinds of information a release covers. Substance use, domestic violence, HIV/STI
 * and legal/justice information are sensitive: it never leaves the agency without a
 * consent that names it.
 */
public enum InformationCategory {

	/** Identity, contact details, the services the client receives. */
	GENERAL,
	/** Physical health. */
	HEALTH,
	/** Mental health. */
	MENTAL_HEALTH,
	/**
	 * Substance use disorder records of a federally assisted program (42 CFR Part 2): the
	 * consent needs every element of 42 CFR 2.31, and what is disclosed under it carries
	 * the notice of 42 CFR 2.32.
	 */
	SUBSTANCE_USE,
	/** Domestic violence: where a survivor lives or hides is the most dangerous fact. */
	DOMESTIC_VIOLENCE,
	/** HIV status and sexually transmitted infections. */
	HIV_STI,
	/** Arrests, convictions, probation and parole, court cases. */
	LEGAL_JUSTICE;

	/** Whether information of this category is marked sensitive. */
	public boolean sensitive() {
		return this == SUBSTANCE_USE || this == DOMESTIC_VIOLENCE || this == HIV_STI || this == LEGAL_JUSTICE;
	}

}
