package org.casework.consents;

/** How the client agreed to a release of information. */
public enum AgreementMethod {

	/** Signed on the screen, kept as a PNG image with the date. */
	SIGNATURE,
	/** Said aloud, with a witness named (not for 42 CFR Part 2 consents). */
	VERBAL

}
