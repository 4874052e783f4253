package org.casework.referrals;

import org.casework.consents.InformationCategory;

/**
 * Something the referral tells the provider, under the category of information a consent
 * must cover for the provider to see it.
 */
public record SharedItem(InformationCategory category, String text) {
}
