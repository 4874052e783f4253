package org.casework.careplans.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.careplans.AddedToPlan;
import org.casework.careplans.AgreePlan;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanSummary;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.GoalStatusChange;
import org.casework.careplans.GoalView;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.ProgressInput;
import org.casework.careplans.SmartCheck;
import org.casework.careplans.SmartOverride;
import org.casework.careplans.StartPlan;
import org.casework.careplans.StepDraft;
import org.casework.careplans.StepStatusChange;
import org.casework.careplans.StepView;
import org.casework.shared.Etags;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{caseId}/plan")
@Tag(name = "Care plan of a case",
		description = "The care plan in versions: SMART goals in the client's order, action steps, the client's "
				+ "agreement, supervisor approval, progress")
class CarePlanApiController {

	private static final String IF_MATCH_IN_FORCE = " Needs If-Match with the ETag of the version in force "
			+ "(inForce.version of the plan: the agreed version, or the draft while none is agreed); answers that "
			+ "version.";

	private final CarePlanManagement plans;

	CarePlanApiController(CarePlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "The current plan: the version being drafted (or awaiting approval), else the agreed one",
			description = "With its goals, steps, SMART checks, the plan-level check, agreements, reviews and what "
					+ "changed since the previous version. 404 when the case has no plan yet.")
	ResponseEntity<CarePlanView> current(@PathVariable UUID caseId) {
		return withEtag(this.plans.current(caseId).orElseThrow(() -> new NotFoundException("Care plan")));
	}

	@PostMapping(produces = "application/json")
	@Operation(summary = "Start a draft",
			description = "The next version of the agreed plan (a copy of it, the body is ignored), or the first plan, "
					+ "offering each goal area of the latest completed core assessment as a goal with no statement "
					+ "yet. Body (optional, first plan): {\"clientGoalsInOwnWords\", \"culturalContext\"}. 409 when "
					+ "a draft or a version awaiting approval is under way, or the case is closed.")
	ResponseEntity<CarePlanView> start(@PathVariable UUID caseId, @RequestBody(required = false) StartPlan request) {
		CarePlanView view = this.plans.start(caseId, request);
		return ResponseEntity.created(URI.create(base(caseId) + "/versions/" + view.summary().number()))
			.eTag(Etags.of(view.summary().version()))
			.body(view);
	}

	@PutMapping(consumes = "application/json", produces = "application/json")
	@Operation(summary = "Replace the draft's own fields",
			description = "{\"clientGoalsInOwnWords\", \"culturalContext\", \"reviewDate\", \"horizon\"} (horizon kept "
					+ "when absent). 400 for a date before the case opened or a horizon in the past; 409 when the "
					+ "version is not a draft. Needs If-Match.")
	ResponseEntity<CarePlanView> revise(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PlanDetails request) {
		return withEtag(this.plans.revise(caseId, version(ifMatch), request));
	}

	@GetMapping(path = "/versions", produces = "application/json")
	@Operation(summary = "The plan's versions, the latest first")
	Page<CarePlanSummary> versions(@PathVariable UUID caseId) {
		List<CarePlanSummary> items = this.plans.versions(caseId);
		return new Page<>(items, 0, Math.max(1, items.size()), items.size());
	}

	@GetMapping(path = "/versions/{number}", produces = "application/json")
	@Operation(summary = "One version, with what changed since the previous one",
			description = "changes: the plan's fields, goals and steps added, removed or changed (with the fields).")
	ResponseEntity<CarePlanView> version(@PathVariable UUID caseId, @PathVariable int number) {
		return withEtag(this.plans.version(caseId, number));
	}

	@GetMapping(path = "/versions/{number}/signature", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "The client's signature on the version's latest agreement (PNG)",
			description = "404 when the agreement was verbal or there is none.")
	ResponseEntity<byte[]> signature(@PathVariable UUID caseId, @PathVariable int number) {
		byte[] png = this.plans.signature(caseId, number).orElseThrow(() -> new NotFoundException("Signature"));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	@PostMapping(path = "/check-goal", consumes = "application/json", produces = "application/json")
	@Operation(summary = "The SMART check of a goal as typed, without saving",
			description = "Body as a goal. Answers the weak elements (findings: element, code, field, message) and "
					+ "the input a save would refuse (problems: field, message), against today, the plan's horizon "
					+ "and the day the case opened.")
	SmartCheck checkGoal(@PathVariable UUID caseId, @RequestBody GoalDraft request) {
		return this.plans.checkGoal(caseId, request);
	}

	@PostMapping(path = "/goals", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Add a goal to the draft, last in the client's order",
			description = "{\"clientWords\", \"statement\", \"lifeDomain\" (basic-needs, health-wellness, "
					+ "social-support, employment-education, legal, safety), \"indicator\": {\"measure\", \"unit\", "
					+ "\"baseline\", \"target\", \"direction\": INCREASE|DECREASE}, \"relevance\", \"achievability\", "
					+ "\"targetDate\", \"outputMetric\", \"outcomeMetric\"}. 400 for a target on the wrong side of "
					+ "the baseline or a date before the case opened. Answers 201 with the goal's Location and the "
					+ "plan. Needs If-Match.")
	ResponseEntity<CarePlanView> addGoal(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody GoalDraft request) {
		AddedToPlan added = this.plans.addGoal(caseId, version(ifMatch), request);
		return created(base(caseId) + "/goals/" + added.id(), added.plan());
	}

	@PostMapping(path = "/goals/order", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Put the draft's goals in the client's order of priority",
			description = "{\"goalIds\": [...]}: every goal of the version once. Needs If-Match.")
	ResponseEntity<CarePlanView> reorder(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody OrderRequest request) {
		return withEtag(this.plans.reorderGoals(caseId, version(ifMatch), request.goalIds()));
	}

	@GetMapping(path = "/goals/{goalId}", produces = "application/json")
	@Operation(summary = "A goal of the current plan", description = "The ETag is the plan version's.")
	ResponseEntity<GoalView> goal(@PathVariable UUID caseId, @PathVariable UUID goalId) {
		CarePlanView plan = this.plans.current(caseId).orElseThrow(() -> new NotFoundException("Care plan"));
		GoalView goal = plan.goal(goalId).orElseThrow(() -> new NotFoundException("Goal"));
		return ResponseEntity.ok().eTag(Etags.of(plan.summary().version())).body(goal);
	}

	@PutMapping(path = "/goals/{goalId}", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Replace what a goal of the draft says",
			description = "Body as for adding a goal. 409 when the version is not a draft (start a new version). "
					+ "Needs If-Match.")
	ResponseEntity<CarePlanView> updateGoal(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody GoalDraft request) {
		return withEtag(this.plans.updateGoal(caseId, goalId, version(ifMatch), request));
	}

	@PostMapping(path = "/goals/{goalId}/actions/withdraw", produces = "application/json")
	@Operation(summary = "Withdraw a goal added in this draft, with its steps",
			description = "409 for a goal of an earlier version: discontinue it instead. Needs If-Match.")
	ResponseEntity<CarePlanView> withdrawGoal(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(this.plans.withdrawGoal(caseId, goalId, version(ifMatch)));
	}

	@PostMapping(path = "/goals/{goalId}/actions/override", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Accept a weak SMART element of a goal with the reason",
			description = "{\"element\": SPECIFIC|MEASURABLE|ACHIEVABLE|RELEVANT|TIME_BOUND, \"reason\"}. The "
					+ "warning no longer blocks agreement (an indicator with a target and a target date are required "
					+ "all the same). 400 when the element has no warning. Needs If-Match.")
	ResponseEntity<CarePlanView> override(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody SmartOverride request) {
		return withEtag(this.plans.overrideWarning(caseId, goalId, version(ifMatch), request));
	}

	@PostMapping(path = "/goals/{goalId}/steps", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Add an action step under a goal of the draft",
			description = "{\"description\", \"responsible\": {\"party\": CLIENT|CASE_WORKER|CARE_TEAM_MEMBER|"
					+ "OUTSIDE_PROVIDER|FAMILY_MEMBER, \"userId\" (care team member), \"name\" (provider, family "
					+ "member)}, \"dueDate\", \"resourcesNeeded\", \"barriers\": [{\"barrier\", \"mitigation\"}], "
					+ "\"prerequisites\": [stepId]}. 400 names the field: a prerequisite that is not a step of this "
					+ "plan, a care team member not on the case's care team, a barrier without a mitigation, a due "
					+ "date before the case opened. Answers 201 with the step's Location and the plan. Needs "
					+ "If-Match.")
	ResponseEntity<CarePlanView> addStep(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody StepDraft request) {
		AddedToPlan added = this.plans.addStep(caseId, goalId, version(ifMatch), request);
		return created(base(caseId) + "/goals/" + goalId + "/steps/" + added.id(), added.plan());
	}

	@GetMapping(path = "/goals/{goalId}/steps/{stepId}", produces = "application/json")
	@Operation(summary = "A step of the current plan", description = "The ETag is the plan version's.")
	ResponseEntity<StepView> step(@PathVariable UUID caseId, @PathVariable UUID goalId, @PathVariable UUID stepId) {
		CarePlanView plan = this.plans.current(caseId).orElseThrow(() -> new NotFoundException("Care plan"));
		StepView step = plan.goal(goalId)
			.orElseThrow(() -> new NotFoundException("Goal"))
			.steps()
			.stream()
			.filter(s -> s.id().equals(stepId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Step"));
		return ResponseEntity.ok().eTag(Etags.of(plan.summary().version())).body(step);
	}

	@PutMapping(path = "/goals/{goalId}/steps/{stepId}", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Replace what a step of the draft says, its barriers and prerequisites",
			description = "Body as for adding a step; 400 for prerequisites that would make a cycle. Needs If-Match.")
	ResponseEntity<CarePlanView> updateStep(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@PathVariable UUID stepId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody StepDraft request) {
		return withEtag(this.plans.updateStep(caseId, goalId, stepId, version(ifMatch), request));
	}

	@PostMapping(path = "/goals/{goalId}/steps/{stepId}/actions/withdraw", produces = "application/json")
	@Operation(summary = "Withdraw a step added in this draft",
			description = "409 for a step of an earlier version (drop it instead) or one other steps depend on. "
					+ "Needs If-Match.")
	ResponseEntity<CarePlanView> withdrawStep(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@PathVariable UUID stepId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(this.plans.withdrawStep(caseId, goalId, stepId, version(ifMatch)));
	}

	@PostMapping(path = "/goals/{goalId}/steps/{stepId}/status", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Move a step on: TODO, IN_PROGRESS, DONE or DROPPED",
			description = "{\"status\", \"on\" (DONE: the day, today when absent), \"reason\" (DROPPED)}. 409 when it "
					+ "waits for prerequisites not done yet." + IF_MATCH_IN_FORCE)
	ResponseEntity<CarePlanView> stepStatus(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@PathVariable UUID stepId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody StepStatusChange request) {
		return withEtag(this.plans.changeStepStatus(caseId, goalId, stepId, version(ifMatch), request));
	}

	@PostMapping(path = "/goals/{goalId}/progress", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Record progress on a goal",
			description = "{\"on\", \"value\" (the indicator's measured value), \"note\"}: a value, a note or both; "
					+ "not in the future nor before the case opened. Answers 201." + IF_MATCH_IN_FORCE)
	ResponseEntity<CarePlanView> progress(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ProgressInput request) {
		return created(base(caseId) + "/goals/" + goalId,
				this.plans.recordProgress(caseId, goalId, version(ifMatch), request));
	}

	@PostMapping(path = "/goals/{goalId}/status", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Change a goal's status",
			description = "{\"status\": NOT_STARTED|IN_PROGRESS|ACHIEVED|PARTIALLY_ACHIEVED|NOT_ACHIEVED|DISCONTINUED, "
					+ "\"reason\"} (required to discontinue); kept with who and when." + IF_MATCH_IN_FORCE)
	ResponseEntity<CarePlanView> goalStatus(@PathVariable UUID caseId, @PathVariable UUID goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody GoalStatusChange request) {
		return withEtag(this.plans.changeGoalStatus(caseId, goalId, version(ifMatch), request));
	}

	@PostMapping(path = "/actions/agree", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Record the client's agreement to the draft",
			description = "{\"method\": SIGNATURE|VERBAL, \"signaturePng\" (base64 PNG, at most 200 KB), "
					+ "\"witnessName\" (VERBAL), \"clientWords\"}. The draft must pass the plan-level check (409 "
					+ "listing every failure as reasons). Answers the version AGREED, or PENDING_APPROVAL when the "
					+ "program requires a supervisor's approval. Needs If-Match.")
	ResponseEntity<CarePlanView> agree(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AgreePlan request) {
		return withEtag(this.plans.agree(caseId, version(ifMatch), request));
	}

	@PostMapping(path = "/actions/approve", produces = "application/json")
	@Operation(summary = "Approve the version awaiting approval (the supervisor of the owner's team)",
			description = "Body {\"comments\"} optional. 403 for anyone else. Needs If-Match.")
	ResponseEntity<CarePlanView> approve(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) CommentsRequest request) {
		return withEtag(this.plans.approve(caseId, version(ifMatch), request == null ? null : request.comments()));
	}

	@PostMapping(path = "/actions/return", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Return the version awaiting approval to draft (the supervisor of the owner's team)",
			description = "Body {\"comments\"}: what is to change. 403 for anyone else. Needs If-Match.")
	ResponseEntity<CarePlanView> returnForChanges(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody CommentsRequest request) {
		return withEtag(this.plans.returnForChanges(caseId, version(ifMatch), request.comments()));
	}

	private static long version(String ifMatch) {
		return Etags.version(ifMatch, "care plan");
	}

	private static String base(UUID caseId) {
		return "/api/v1/cases/" + caseId + "/plan";
	}

	private static ResponseEntity<CarePlanView> withEtag(CarePlanView view) {
		return ResponseEntity.ok().eTag(Etags.of(view.summary().version())).body(view);
	}

	private static ResponseEntity<CarePlanView> created(String location, CarePlanView view) {
		return ResponseEntity.created(URI.create(location)).eTag(Etags.of(view.summary().version())).body(view);
	}

	record OrderRequest(List<UUID> goalIds) {
	}

	record CommentsRequest(String comments) {
	}

}
