package org.casework.cases.web;

import java.util.UUID;

import org.casework.shared.Priority;

/** The caseload screen's filters and page. */
public class CaseloadFilter {

	private UUID programId;

	private Priority priority;

	private int page;

	public UUID getProgramId() {
		return this.programId;
	}

	public void setProgramId(UUID programId) {
		this.programId = programId;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
