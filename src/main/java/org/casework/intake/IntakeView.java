package org.casework.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casework.programs.Eligibility;

/**
 * An intake as the API and screens show it: its five sections, the eligibility evaluated
 * from the screening, the urgency triage, what is still missing, and the decision.
 */
public record IntakeView(UUID id, int version, UUID clientId, String clientName, UUID programId, String programName,
		UUID workerId, String workerName, IntakeStatus status, Instant startedAt, Instant updatedAt, Rapport rapport,
		PresentingIssue presentingIssue, Screening screening, Eligibility eligibility, UrgencyScreen urgency,
		Triage triage, InitialDocumentation documentation, List<MissingItem> missing, Decided decision) {

	/** The decision, once made. */
	public record Decided(IntakeDecision decision, String reason, String referredTo, String decidedBy,
			Instant decidedAt, UUID caseId, Integer waitlistPosition) {
	}

	public boolean blocked() {
		return this.missing.stream().anyMatch(MissingItem::blocking);
	}

}
