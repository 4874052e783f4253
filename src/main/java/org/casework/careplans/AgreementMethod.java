package org.casework.careplans;

/** How the client's agreement to a plan version was captured. */
public enum AgreementMethod {

	/** A signature drawn on the screen, kept as a PNG image with the date. */
	SIGNATURE,
	/** Said aloud, with a witness named. */
	VERBAL

}
