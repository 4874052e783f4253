package org.casework.assessments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A case's assessments as its page shows them: the list (latest first), when the next one
 * is due, and the instruments the program offers.
 */
public record CaseAssessmentsOverview(UUID caseId, boolean open, List<AssessmentSummary> assessments,
		ReassessmentSchedule schedule, ProgramInstruments instruments) {

	/** The draft under way with an instrument, to continue rather than start again. */
	public Optional<AssessmentSummary> draft(String instrumentCode) {
		return this.assessments.stream()
			.filter(a -> a.instrumentCode().equals(instrumentCode) && a.status() == AssessmentStatus.DRAFT)
			.findFirst();
	}

	/** The drafts under way, by instrument code. */
	public Map<String, AssessmentSummary> drafts() {
		return this.assessments.stream()
			.filter(a -> a.status() == AssessmentStatus.DRAFT)
			.collect(Collectors.toMap(AssessmentSummary::instrumentCode, a -> a, (a, b) -> a));
	}

	/** Whether an instrument has two completed assessments to compare. */
	public boolean comparable(String instrumentCode) {
		return this.assessments.stream()
			.filter(a -> a.instrumentCode().equals(instrumentCode) && a.status() == AssessmentStatus.COMPLETED)
			.count() > 1;
	}

	/** The significant changes a worker may record. */
	public List<SignificantChange> changes() {
		return List.of(SignificantChange.values());
	}

	/** The core instrument's code, when the program has one. */
	public String coreCode() {
		return this.instruments.core().map(ProgramInstrument::code).orElse(null);
	}

}
