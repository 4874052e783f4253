package org.casework.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something about a client that left the agency: to whom, why, which categories of
 * information, and under which consent or referral.
 *
 * @param disclosedBy the username of who disclosed it, or what did when no one was signed
 * in (a provider's secure link)
 * @param consentId the consent it was disclosed under (the first, when several covered
 * it)
 * @param consentIds every consent it was disclosed under
 * @param redisclosureNotice whether the 42 CFR 2.32 notice against redisclosure went with
 * it (substance use information under a 42 CFR Part 2 consent)
 */
public record Disclosure(UUID id, UUID clientId, Instant disclosedAt, String disclosedBy, String recipient,
		String purpose, List<String> categories, String description, UUID consentId, UUID referralId,
		List<UUID> consentIds, boolean redisclosureNotice) {

	public Disclosure {
		categories = List.copyOf(categories);
		consentIds = consentIds == null ? List.of() : List.copyOf(consentIds);
	}

}
