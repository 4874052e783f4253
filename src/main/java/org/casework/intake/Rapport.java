package org.casework.intake;

import java.time.LocalDate;

/**
 * Intake section 1, rapport: confidentiality explained (by whom, when), the language the
 * client prefers and whether an interpreter was used.
 */
public record Rapport(Boolean confidentialityExplained, String explainedBy, LocalDate explainedOn,
		String preferredLanguage, Boolean interpreterUsed) {

	public static Rapport empty() {
		return new Rapport(null, null, null, null, null);
	}

}
