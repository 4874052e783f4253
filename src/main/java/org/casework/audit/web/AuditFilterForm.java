package org.casework.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditQuery;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The auditor's filters. Dates are whole days in UTC, both included: "to" 3 March finds
 * entries up to the end of that day.
 */
class AuditFilterForm {

	private String subjectId;

	private String actor;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private AuditAction action;

	private int page;

	AuditQuery toQuery() {
		Instant start = this.from == null ? null : this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = this.to == null ? null : this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return new AuditQuery(this.subjectId, this.actor, start, end, this.action);
	}

	public String getSubjectId() {
		return this.subjectId;
	}

	public void setSubjectId(String subjectId) {
		this.subjectId = subjectId;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
