package org.casework.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A closure request in full, for its screens: the reason and dates, the checklist of the
 * five procedures, the evidence, the blockers and warnings as they are now, the closure
 * summary, the handoff referral, the decision and the history.
 *
 * @param version the entity tag every change sends back as If-Match
 * @param requiresApproval whether a supervisor decides before the case closes
 * @param mayDecide whether the caller may approve or return it now
 * @param reopenableUntil for a closed case, the last day it may be reopened
 */
public record ClosureView(UUID id, long version, UUID caseId, String caseNumber, UUID clientId, String clientName,
		ClosureStatus status, ClosureReason reason, String reasonNote, LocalDate closureDate, Integer checkInDays,
		AdvanceNotice notice, ProgressReview progressReview, RelapsePlan relapsePlan, List<ResourceView> resources,
		List<ChecklistItem> checklist, ClosureEvidence evidence, List<Blocker> blockers, List<ClosureWarning> warnings,
		ClosureSummaryView summary, UUID handoffReferralId, boolean requiresApproval, boolean mayDecide,
		UUID requestedBy, String requestedByName, Instant requestedAt, Instant submittedAt, UUID decidedBy,
		String decidedByName, Instant decidedAt, String justification, LocalDate closedOn, LocalDate reopenableUntil,
		Instant reopenedAt, String reopenReason, List<HistoryEntry> history) {

	/** Something that happened to the request, with who and when. */
	public record HistoryEntry(String action, String comments, String byName, Instant at) {
	}

}
