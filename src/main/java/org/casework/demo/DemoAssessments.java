package org.casework.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.assessments.AssessmentView;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.RecordChange;
import org.casework.assessments.SignificantChange;
import org.casework.assessments.StartAssessment;

import org.springframework.stereotype.Component;

/**
 * The demo cases' holistic assessments, taken through {@link CaseAssessments} like any
 * other: completed ones (one a reassessment after a move that shows the change, one whose
 * housing answer contradicts the intake), and a draft with only the urgent sections
 * filled in. The caller runs each step as the worker, on the day it happened.
 */
@Component
class DemoAssessments {

	private final CaseAssessments assessments;

	DemoAssessments(CaseAssessments assessments) {
		this.assessments = assessments;
	}

	/**
	 * The answers every completed holistic assessment needs: a rating per domain, a
	 * strength, and what matters most to the client in their words.
	 */
	static Map<String, Object> ratings(String basicNeeds, String health, String social, String employment, String legal,
			String safety, String strength, String whatMatters) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("basic-needs-rating", basicNeeds);
		answers.put("health-wellness-rating", health);
		answers.put("social-support-rating", social);
		answers.put("employment-education-rating", employment);
		answers.put("legal-rating", legal);
		answers.put("safety-rating", safety);
		// a strength's code starts with its category: support.family answers
		// strengths-support
		answers.put("strengths-" + strength.substring(0, strength.indexOf('.')), List.of(strength));
		answers.put("what-matters-most", whatMatters);
		return answers;
	}

	/** Takes the case's core assessment with these answers and completes it. */
	AssessmentView complete(UUID caseId, Map<String, Object> answers) {
		AssessmentView draft = draft(caseId, answers);
		return this.assessments.complete(caseId, draft.summary().id(), draft.summary().version());
	}

	/** Starts the case's core assessment and saves these answers, leaving it a draft. */
	AssessmentView draft(UUID caseId, Map<String, Object> answers) {
		AssessmentView started = this.assessments.start(caseId, new StartAssessment(null));
		return this.assessments.answer(caseId, started.summary().id(), started.summary().version(), answers);
	}

	/** A significant change: a reassessment is due at once. */
	void change(UUID caseId, SignificantChange change, String note) {
		this.assessments.recordChange(caseId, new RecordChange(change, note));
	}

}
