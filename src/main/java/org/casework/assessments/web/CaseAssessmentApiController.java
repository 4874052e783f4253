package org.casework.assessments.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.assessments.AssessmentComparison;
import org.casework.assessments.AssessmentSummary;
import org.casework.assessments.AssessmentView;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.ReassessmentSchedule;
import org.casework.assessments.RecordChange;
import org.casework.assessments.StartAssessment;
import org.casework.shared.Etags;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.ReasonRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{caseId}/assessments")
@Tag(name = "Assessments of a case",
		description = "Start, answer over several contacts, complete, correct (addenda) or void an assessment; "
				+ "the reassessment schedule and the comparison with the previous assessment")
class CaseAssessmentApiController {

	private final CaseAssessments assessments;

	CaseAssessmentApiController(CaseAssessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "The case's assessments, the latest started first",
			description = "404 when the case is unknown or outside your scope.")
	Page<AssessmentSummary> list(@PathVariable UUID caseId) {
		List<AssessmentSummary> items = this.assessments.ofCase(caseId);
		return new Page<>(items, 0, Math.max(1, items.size()), items.size());
	}

	@PostMapping(consumes = "application/json", produces = "application/json")
	@Operation(summary = "Start an assessment",
			description = "instrumentCode: one of the program's instruments; empty or absent for the program's core "
					+ "assessment. It is a REASSESSMENT when the case was assessed with the instrument before. 409 "
					+ "when a draft with the instrument is under way, the case is closed or the program has no core "
					+ "assessment.")
	ResponseEntity<AssessmentView> start(@PathVariable UUID caseId,
			@RequestBody(required = false) StartAssessment request) {
		AssessmentView view = this.assessments.start(caseId, request);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/assessments/" + view.summary().id()))
			.eTag(Etags.of(view.summary().version()))
			.body(view);
	}

	@GetMapping(path = "/{assessmentId}", produces = "application/json")
	@Operation(summary = "An assessment: answers, section progress, what is missing, scores, discrepancies, "
			+ "addenda and the FHIR QuestionnaireResponse")
	ResponseEntity<AssessmentView> read(@PathVariable UUID caseId, @PathVariable UUID assessmentId) {
		return withEtag(this.assessments.get(caseId, assessmentId));
	}

	@PatchMapping(path = "/{assessmentId}/answers", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Save answers (a draft saves as it goes)",
			description = "Body {\"answers\": {linkId: value or [values]}}: a boolean, a number, \"YYYY-MM-DD\", an "
					+ "option's code or {\"system\",\"code\"}, or text; null clears. Questions not named keep their "
					+ "answers. A completed assessment takes answers only to questions still unanswered (409 "
					+ "otherwise: write an addendum). Needs If-Match; 400 names each linkId as item[linkId=…].")
	ResponseEntity<AssessmentView> answer(@PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AnswersRequest request) {
		return withEtag(
				this.assessments.answer(caseId, assessmentId, Etags.version(ifMatch, "assessment"), request.answers()));
	}

	@PostMapping(path = "/{assessmentId}/actions/complete", produces = "application/json")
	@Operation(summary = "Complete the assessment",
			description = "Every required question that is asked must be answered (400 naming each linkId); 409 "
					+ "when it was completed or voided already. Completing the core assessment moves the case to "
					+ "planning and raises its priority when a domain is in crisis (EMERGENCY) or vulnerable "
					+ "(URGENT). Needs If-Match.")
	ResponseEntity<AssessmentView> complete(@PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(this.assessments.complete(caseId, assessmentId, Etags.version(ifMatch, "assessment")));
	}

	@PostMapping(path = "/{assessmentId}/addenda", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Add an addendum to a completed assessment",
			description = "Body {\"text\"}. The answers stay as given; the addendum is shown with them. Needs If-Match.")
	ResponseEntity<AssessmentView> addendum(@PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AddendumRequest request) {
		AssessmentView view = this.assessments.addendum(caseId, assessmentId, Etags.version(ifMatch, "assessment"),
				request.text());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/assessments/" + assessmentId))
			.eTag(Etags.of(view.summary().version()))
			.body(view);
	}

	@PostMapping(path = "/{assessmentId}/actions/void", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Void an assessment with the reason",
			description = "It stays readable and no longer counts. Needs If-Match.")
	ResponseEntity<AssessmentView> voidAssessment(@PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ReasonRequest request) {
		return withEtag(this.assessments.voidAssessment(caseId, assessmentId, Etags.version(ifMatch, "assessment"),
				request.reason()));
	}

	@GetMapping(path = "/schedule", produces = "application/json")
	@Operation(summary = "When the case is next assessed",
			description = "INITIAL: within 14 days of opening; CADENCE: the intensity level's reassessment months "
					+ "after the latest core assessment; SIGNIFICANT_CHANGE: at once after a recorded change.")
	ReassessmentSchedule schedule(@PathVariable UUID caseId) {
		return this.assessments.schedule(caseId);
	}

	@PostMapping(path = "/changes", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Record a significant change: a reassessment is due at once",
			description = "Body {\"change\": CRISIS|GOAL_ACHIEVED|SERVICE_REFUSED|MOVED|OTHER, \"note\"}; a note is "
					+ "required for OTHER. Answers 201 with the new schedule.")
	ResponseEntity<ReassessmentSchedule> recordChange(@PathVariable UUID caseId, @RequestBody RecordChange request) {
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/assessments/schedule"))
			.body(this.assessments.recordChange(caseId, request));
	}

	@GetMapping(path = "/comparison", produces = "application/json")
	@Operation(summary = "The latest completed assessment beside the previous one, per domain, with ratings over time",
			description = "instrumentCode defaults to the core assessment; 404 when there is no completed assessment "
					+ "with it.")
	AssessmentComparison comparison(@PathVariable UUID caseId, @RequestParam(required = false) String instrumentCode) {
		return this.assessments.comparison(caseId, instrumentCode)
			.orElseThrow(() -> new NotFoundException("Assessment"));
	}

	private static ResponseEntity<AssessmentView> withEtag(AssessmentView view) {
		return ResponseEntity.ok().eTag(Etags.of(view.summary().version())).body(view);
	}

	record AnswersRequest(Map<String, Object> answers) {
	}

	record AddendumRequest(String text) {
	}

}
