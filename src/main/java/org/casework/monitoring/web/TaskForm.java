package org.casework.monitoring.web;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.monitoring.NewTask;

import org.springframework.format.annotation.DateTimeFormat;

/** The form of a task written by hand: what, when, for whom, about which case. */
public class TaskForm {

	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private UUID ownerId;

	private UUID caseId;

	NewTask command() {
		return new NewTask(this.title, this.dueOn, this.ownerId, this.caseId);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public UUID getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(UUID ownerId) {
		this.ownerId = ownerId;
	}

	public UUID getCaseId() {
		return this.caseId;
	}

	public void setCaseId(UUID caseId) {
		this.caseId = caseId;
	}

}
