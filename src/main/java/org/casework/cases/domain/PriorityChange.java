package org.casework.cases.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.shared.Priority;

import org.springframework.data.relational.core.mapping.Table;

/** One change of a case's priority or intensity level, kept in the case's history. */
@Table("case_priority_change")
public class PriorityChange {

	private final Priority priorityFrom;

	private final Priority priorityTo;

	private final String intensityFrom;

	private final String intensityTo;

	private final String reason;

	private final UUID changedBy;

	private final Instant changedAt;

	PriorityChange(Priority priorityFrom, Priority priorityTo, String intensityFrom, String intensityTo, String reason,
			UUID changedBy, Instant changedAt) {
		this.priorityFrom = priorityFrom;
		this.priorityTo = priorityTo;
		this.intensityFrom = intensityFrom;
		this.intensityTo = intensityTo;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Priority priorityFrom() {
		return this.priorityFrom;
	}

	public Priority priorityTo() {
		return this.priorityTo;
	}

	public String intensityFrom() {
		return this.intensityFrom;
	}

	public String intensityTo() {
		return this.intensityTo;
	}

	public String reason() {
		return this.reason;
	}

	public UUID changedBy() {
		return this.changedBy;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

}
