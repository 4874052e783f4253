package org.casework.intake;

/**
 * Intake section 5, initial documentation: who referred the client, whether the contact
 * details were confirmed with them, and first impressions as observable facts.
 */
public record InitialDocumentation(String referralSource, Boolean contactConfirmed, String initialImpressions) {

	public static InitialDocumentation empty() {
		return new InitialDocumentation(null, null, null);
	}

}
