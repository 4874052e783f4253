package org.casework.assessments.web;

import org.casework.assessments.CaseAssessments;
import org.casework.cases.CaseFile;
import org.casework.cases.CasePanel;

import org.springframework.stereotype.Component;

/** The assessments on the case page: the list, the schedule, and starting one. */
@Component
class AssessmentsPanel implements CasePanel {

	private final CaseAssessments assessments;

	AssessmentsPanel(CaseAssessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "assessments/panel";
	}

	@Override
	public Object data(CaseFile file) {
		return this.assessments.overview(file.summary());
	}

}
