package org.casework.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.cases.CaseStatus;

import org.springframework.data.relational.core.mapping.Table;

/** A closing or reopening of the case, with the reason, kept in its history. */
@Table("case_status_change")
public class StatusChange {

	private final CaseStatus statusTo;

	private final String reason;

	private final LocalDate closedOn;

	private final UUID changedBy;

	private final Instant changedAt;

	StatusChange(CaseStatus statusTo, String reason, LocalDate closedOn, UUID changedBy, Instant changedAt) {
		this.statusTo = statusTo;
		this.reason = reason;
		this.closedOn = closedOn;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public CaseStatus statusTo() {
		return this.statusTo;
	}

	public String reason() {
		return this.reason;
	}

	/** The day the case closed, for a closing. */
	public LocalDate closedOn() {
		return this.closedOn;
	}

	public UUID changedBy() {
		return this.changedBy;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

}
