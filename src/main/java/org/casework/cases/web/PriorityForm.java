package org.casework.cases.web;

import org.casework.cases.CaseSummary;
import org.casework.cases.ChangePriority;
import org.casework.shared.Priority;
import org.casework.shared.ReasonForm;

/**
 * Changing a case's priority and intensity level, with the version of the case the person
 * read; it starts from the case's current values.
 */
public class PriorityForm extends ReasonForm {

	private Priority priority;

	private String intensityCode;

	static PriorityForm of(CaseSummary summary) {
		PriorityForm form = new PriorityForm();
		form.priority = summary.priority();
		form.intensityCode = summary.intensityCode();
		form.setVersion(summary.version());
		return form;
	}

	ChangePriority command() {
		return new ChangePriority(this.priority, this.intensityCode, getReason());
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

}
