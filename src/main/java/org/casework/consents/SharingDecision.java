package org.casework.consents;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What may go to a recipient, category by category.
 *
 * @param allowed the categories an active consent for the recipient covers
 * @param withheld every other requested category with the reason in words ("no consent",
 * "consent revoked on 2026-11-02", "consent expired on 2026-10-31")
 * @param consentByCategory the consent each allowed category is disclosed under
 * @param part2 whether substance use information is disclosed under a 42 CFR Part 2
 * consent: the notice of 42 CFR 2.32 ({@link Sharing#REDISCLOSURE_NOTICE}) must go with
 * it
 * @param reasons the reasons of {@code withheld}, for screens that say them in the
 * reader's language
 */
public record SharingDecision(Set<InformationCategory> allowed, Map<InformationCategory, String> withheld,
		Map<InformationCategory, UUID> consentByCategory, boolean part2,
		Map<InformationCategory, WithheldReason> reasons) {

	public SharingDecision {
		allowed = Set.copyOf(allowed);
		withheld = Map.copyOf(withheld);
		consentByCategory = Map.copyOf(consentByCategory);
		reasons = Map.copyOf(reasons);
	}

	public boolean nothingAllowed() {
		return this.allowed.isEmpty();
	}

}
