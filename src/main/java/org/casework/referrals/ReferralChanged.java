package org.casework.referrals;

import java.util.UUID;

/** A referral's status changed (monitoring and closure listen). */
public record ReferralChanged(UUID referralId, UUID caseId, ReferralStatus from, ReferralStatus to, ReferralSide side) {
}
