package org.casework.referrals;

import org.casework.consents.InformationCategory;

/**
 * A shared item with the consent decision for the referral's provider now.
 *
 * @param withheldBecause why the provider does not see it (no consent, revoked, expired),
 * or null when they do
 */
public record SharedItemView(InformationCategory category, String text, boolean shared, String withheldBecause) {
}
