package org.casework.cases.web;

import org.casework.cases.CaseSummary;
import org.casework.cases.ChangePriority;
import org.casework.shared.Priority;

/**
 * Changing a case's priority and intensity level, with the version of the case the person
 * read; it starts from the case's current values.
 */
public class PriorityForm {

	private Priority priority;

	private String intensityCode;

	private String reason;

	private long version;

	static PriorityForm of(CaseSummary summary) {
		PriorityForm form = new PriorityForm();
		form.priority = summary.priority();
		form.intensityCode = summary.intensityCode();
		form.version = summary.version();
		return form;
	}

	ChangePriority command() {
		return new ChangePriority(this.priority, this.intensityCode, this.reason);
	}

	public Priority getPriority() {
		return this.priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public String getIntensityCode() {
		return this.intensityCode;
	}

	public void setIntensityCode(String intensityCode) {
		this.intensityCode = intensityCode;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
