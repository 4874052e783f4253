package org.casework.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something about a client that left the agency: to whom, why, which categories of
 * information, and under which consent or referral.
 */
public record Disclosure(UUID id, UUID clientId, Instant disclosedAt, String disclosedBy, String recipient,
		String purpose, List<String> categories, String description, UUID consentId, UUID referralId) {
}
