package org.casework.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;

import org.casework.cases.CaseProgress;
import org.casework.cases.CaseStage;
import org.casework.cases.CaseStatus;
import org.casework.shared.Priority;

/** A case as lists read it, without its care team and history. */
public record CaseRow(UUID id, String number, UUID clientId, UUID programId, UUID ownerId, CaseStatus status,
		Priority priority, String intensityCode, LocalDate openedOn, UUID intakeId, Instant lastActivityAt,
		long version, boolean assessed, boolean planAgreed, boolean reviewed, boolean closureRequested,
		LocalDate closedOn, UUID previousCaseId) {

	/**
	 * A worker's caseload order (guide 000: "prioritize based on urgency and risk"): the
	 * most urgent first, and within a priority the case quiet for longest, so that nobody
	 * falls through the cracks; the case number keeps the order stable.
	 */
	public static final Comparator<CaseRow> CASELOAD_ORDER = Comparator.comparing(CaseRow::priority)
		.thenComparing(CaseRow::lastActivityAt)
		.thenComparing(CaseRow::number);

	public static CaseRow of(Case c) {
		return new CaseRow(c.id(), c.number(), c.clientId(), c.programId(), c.ownerId(), c.status(), c.priority(),
				c.intensityCode(), c.openedOn(), c.intakeId(), c.lastActivityAt(), c.version(), c.assessed(),
				c.planAgreed(), c.reviewed(), c.closureRequested(), c.closedOn(), c.previousCaseId());
	}

	/**
	 * The stage, from the milestones recorded on the case (see {@link Case#progress()}).
	 */
	public CaseStage stage() {
		return CaseStage.of(this.status,
				new CaseProgress(this.assessed, this.planAgreed, this.reviewed, this.closureRequested));
	}

	/** Whole days since anything happened on the case. */
	public long daysSinceLastActivity(LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(this.lastActivityAt, ZoneOffset.UTC), today));
	}

}
