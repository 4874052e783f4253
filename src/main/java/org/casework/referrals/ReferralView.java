package org.casework.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.casework.shared.Priority;

/**
 * A referral as the agency's workers see it.
 *
 * @param shared what it shares, each item with whether the client's consent covers it now
 * @param redisclosureNotice whether something shared is under 42 CFR Part 2, so that the
 * provider sees the redisclosure notice
 * @param next the statuses the agency may set now
 * @param stalled why it stalled (the open follow-ups), empty when it did not
 */
public record ReferralView(UUID id, long version, UUID caseId, String caseNumber, UUID clientId, String clientName,
		UUID serviceId, String serviceName, UUID organizationId, String organizationName, UUID stepId, String reason,
		Priority urgency, ReferralStatus status, String statusReason, Instant appointmentAt, String appointmentNote,
		Boolean attended, String attendanceNote, Boolean serviceReceived, String outcomeNote,
		List<SharedItemView> shared, boolean redisclosureNotice, List<StatusEntry> history,
		List<FollowUpView> followUps, List<LinkView> links, String createdByName, Instant createdAt,
		Instant requestedAt, Instant answeredAt, Set<ReferralStatus> next) {

	/** The status as FHIR names it. */
	public String statusCode() {
		return this.status.code();
	}

	@JsonIgnore
	public boolean stalled() {
		return this.followUps.stream().anyMatch(FollowUpView::open);
	}

	@JsonIgnore
	public boolean ended() {
		return this.status.isFinal();
	}

}
