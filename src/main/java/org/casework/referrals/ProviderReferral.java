package org.casework.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.shared.Priority;

/**
 * A referral as its provider sees it through the secure link: only what the client's
 * consent covers now. When no consent covers the referral itself any more, nothing about
 * the client is shown.
 *
 * @param covered whether a consent still covers sharing the referral with the provider
 * @param shared the items the consent covers; the others are not mentioned
 * @param redisclosureNotice whether the 42 CFR Part 2 notice must accompany what is shown
 * @param next the statuses the provider may set now
 */
public record ProviderReferral(UUID id, String organizationName, String serviceName, boolean covered, String clientName,
		LocalDate clientBirthDate, String clientLanguage, String clientPhone, String reason, Priority urgency,
		List<SharedItem> shared, boolean redisclosureNotice, ReferralStatus status, String statusReason,
		Instant appointmentAt, String appointmentNote, Boolean attended, Boolean serviceReceived, String outcomeNote,
		Set<ReferralStatus> next, Instant linkExpiresAt) {
}
