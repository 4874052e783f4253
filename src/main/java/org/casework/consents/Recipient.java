package org.casework.consents;

import java.util.Locale;
import java.util.UUID;

/**
 * The recipient of a disclosure or of a consent.
 *
 * @param kind an organization of the directory, an agency, or a person
 * @param organizationId the directory organization's id (ORGANIZATION) or the agency's id
 * (AGENCY); none for a PERSON
 * @param name the name shown (a person's name for PERSON)
 */
public record Recipient(RecipientKind kind, UUID organizationId, String name) {

	/**
	 * Whether a consent given to this recipient covers disclosures to {@code other}: the
	 * same organization or agency, or a person of the same name.
	 */
	public boolean sameAs(Recipient other) {
		if (other == null || this.kind != other.kind) {
			return false;
		}
		if (this.kind == RecipientKind.PERSON) {
			return normalized(this.name).equals(normalized(other.name));
		}
		return this.organizationId != null && this.organizationId.equals(other.organizationId);
	}

	private static String normalized(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
