package org.casework.referrals;

/**
 * Who moves a referral: the agency that made it (the requester: the case's workers) or
 * the provider who receives it (the referral target, through its secure link).
 */
public enum ReferralSide {

	REQUESTER, TARGET

}
