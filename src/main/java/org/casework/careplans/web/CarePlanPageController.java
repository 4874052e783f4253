package org.casework.careplans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.casework.careplans.AgreementMethod;
import org.casework.careplans.AgreementView;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanStatus;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.StepNotes;
import org.casework.careplans.Direction;
import org.casework.careplans.GoalStatus;
import org.casework.careplans.GoalStatusChange;
import org.casework.careplans.GoalView;
import org.casework.careplans.LifeDomains;
import org.casework.careplans.ProgressInput;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.SmartElement;
import org.casework.careplans.SmartOverride;
import org.casework.careplans.StartPlan;
import org.casework.careplans.StepStatus;
import org.casework.careplans.StepStatusChange;
import org.casework.careplans.StepView;
import org.casework.careplans.web.CarePlanForms.AgreeForm;
import org.casework.careplans.web.CarePlanForms.GoalForm;
import org.casework.careplans.web.CarePlanForms.PlanForm;
import org.casework.careplans.web.CarePlanForms.ReviewForm;
import org.casework.careplans.web.CarePlanForms.StepForm;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.cases.CareTeamMember;
import org.casework.platform.PdfDocuments;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care plan screens: the plan of a case written with the client (its own fields, the
 * goals in the client's order with their SMART check as they are typed, the steps under
 * each goal), the client's agreement by signature or witnessed word, a supervisor's
 * approval, progress and statuses on the plan in force, earlier versions with what
 * changed, and the plan as a PDF the client takes home.
 */
@Controller
@RequestMapping("/cases/{caseId}/plan")
class CarePlanPageController {

	private static final String SPANISH = "es";

	private final CarePlanManagement plans;

	private final CaseManagement cases;

	private final List<StepNotes> stepNotes;

	private final PdfDocuments pdfs;

	CarePlanPageController(CarePlanManagement plans, CaseManagement cases, PdfDocuments pdfs,
			List<StepNotes> stepNotes) {
		this.plans = plans;
		this.cases = cases;
		this.pdfs = pdfs;
		this.stepNotes = stepNotes;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "caseload";
	}

	@GetMapping
	String show(@PathVariable UUID caseId, Model model) {
		if (this.plans.current(caseId).isEmpty()) {
			this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
			return "redirect:/cases/" + caseId + "#careplan-heading";
		}
		return page(caseId, model);
	}

	@PostMapping
	String start(@PathVariable UUID caseId, RedirectAttributes redirect) {
		try {
			this.plans.start(caseId, new StartPlan(null, null));
			redirect.addFlashAttribute("flash", "careplans.flash.started");
			return "redirect:/cases/" + caseId + "/plan";
		}
		catch (DomainRuleException | InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "careplans.flash.notStarted");
			redirect.addFlashAttribute("flashArgs", new String[] { ex.getMessage() });
			redirect.addFlashAttribute("flashKind", "danger");
			return "redirect:/cases/" + caseId + "#careplan-heading";
		}
	}

	@PostMapping("/details")
	String revise(@PathVariable UUID caseId, @ModelAttribute("planForm") PlanForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.revise(caseId, form.getVersion(), form.details());
			redirect.addFlashAttribute("flash", "careplans.flash.saved");
			return "redirect:/cases/" + caseId + "/plan";
		});
		return done != null ? done : page(caseId, model);
	}

	@GetMapping("/goals/new")
	String newGoal(@PathVariable UUID caseId, Model model) {
		CarePlanView plan = current(caseId);
		model.addAttribute("goalForm", GoalForm.of(emptyGoal(), plan.summary().version()));
		return goalPage(caseId, null, model);
	}

	@GetMapping("/goals/{goalId}/edit")
	String editGoal(@PathVariable UUID caseId, @PathVariable UUID goalId, Model model) {
		CarePlanView plan = current(caseId);
		GoalView goal = plan.goal(goalId).orElseThrow(() -> new NotFoundException("Goal"));
		model.addAttribute("goalForm", GoalForm.of(goal.draft(), plan.summary().version()));
		return goalPage(caseId, goalId, model);
	}

	@PostMapping("/goals")
	String addGoal(@PathVariable UUID caseId, @ModelAttribute("goalForm") GoalForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.addGoal(caseId, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flash", "careplans.flash.goalAdded");
			return "redirect:/cases/" + caseId + "/plan#goals-heading";
		});
		return done != null ? done : goalPage(caseId, null, model);
	}

	@PostMapping("/goals/{goalId}")
	String updateGoal(@PathVariable UUID caseId, @PathVariable UUID goalId, @ModelAttribute("goalForm") GoalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.updateGoal(caseId, goalId, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flash", "careplans.flash.goalSaved");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
		return done != null ? done : goalPage(caseId, goalId, model);
	}

	/** The SMART check of the goal as typed, for the findings next to the form. */
	@HxRequest
	@PostMapping("/goals/check")
	String checkGoal(@PathVariable UUID caseId, @ModelAttribute("goalForm") GoalForm form, BindingResult binding,
			Model model) {
		if (!binding.hasErrors()) {
			model.addAttribute("check", this.plans.checkGoal(caseId, form.draft()));
		}
		return "careplans/goal :: findings";
	}

	@PostMapping("/goals/{goalId}/withdraw")
	String withdrawGoal(@PathVariable UUID caseId, @PathVariable UUID goalId, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			this.plans.withdrawGoal(caseId, goalId, version);
			redirect.addFlashAttribute("flash", "careplans.flash.goalWithdrawn");
			return "redirect:/cases/" + caseId + "/plan#goals-heading";
		});
	}

	/** Moves a goal one place up or down in the client's order. */
	@PostMapping("/goals/{goalId}/move")
	String move(@PathVariable UUID caseId, @PathVariable UUID goalId, @RequestParam long version,
			@RequestParam String direction, Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			List<UUID> order = new ArrayList<>(current(caseId).goals().stream().map(GoalView::id).toList());
			int at = order.indexOf(goalId);
			int to = "up".equals(direction) ? at - 1 : at + 1;
			if (at >= 0 && to >= 0 && to < order.size()) {
				order.add(to, order.remove(at));
			}
			this.plans.reorderGoals(caseId, version, order);
			redirect.addFlashAttribute("flash", "careplans.flash.reordered");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
	}

	@PostMapping("/goals/{goalId}/overrides")
	String override(@PathVariable UUID caseId, @PathVariable UUID goalId, @RequestParam long version,
			@RequestParam(required = false) SmartElement element, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			try {
				this.plans.overrideWarning(caseId, goalId, version, new SmartOverride(element, reason));
			}
			catch (InvalidInputException ex) {
				// shown under the reason of the warning being accepted, not at the top
				model.addAttribute("overrideRefused", new OverrideRefused(goalId, element,
						ex.problems().stream().map(FieldProblem::message).toList()));
				return page(caseId, model);
			}
			redirect.addFlashAttribute("flash", "careplans.flash.overridden");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
	}

	/** Why accepting a goal's warning was refused, for the form of that warning. */
	record OverrideRefused(UUID goalId, SmartElement element, List<String> messages) {
	}

	@PostMapping("/goals/{goalId}/progress")
	String progress(@PathVariable UUID caseId, @PathVariable UUID goalId, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			this.plans.recordProgress(caseId, goalId, version,
					new ProgressInput(on, value, note == null || note.isBlank() ? null : note));
			redirect.addFlashAttribute("flash", "careplans.flash.progress");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
	}

	@PostMapping("/goals/{goalId}/status")
	String goalStatus(@PathVariable UUID caseId, @PathVariable UUID goalId, @RequestParam long version,
			@RequestParam(required = false) GoalStatus status, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			this.plans.changeGoalStatus(caseId, goalId, version,
					new GoalStatusChange(status, reason == null || reason.isBlank() ? null : reason));
			redirect.addFlashAttribute("flash", "careplans.flash.status");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
	}

	@GetMapping("/goals/{goalId}/steps/new")
	String newStep(@PathVariable UUID caseId, @PathVariable UUID goalId, Model model) {
		CarePlanView plan = current(caseId);
		model.addAttribute("stepForm", StepForm.empty(plan.summary().version()));
		return stepPage(caseId, goalId, null, model);
	}

	@GetMapping("/goals/{goalId}/steps/{stepId}/edit")
	String editStep(@PathVariable UUID caseId, @PathVariable UUID goalId, @PathVariable UUID stepId, Model model) {
		CarePlanView plan = current(caseId);
		StepView step = step(plan, goalId, stepId);
		model.addAttribute("stepForm", StepForm.of(step, plan.summary().version()));
		return stepPage(caseId, goalId, stepId, model);
	}

	@PostMapping("/goals/{goalId}/steps")
	String addStep(@PathVariable UUID caseId, @PathVariable UUID goalId, @ModelAttribute("stepForm") StepForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.addStep(caseId, goalId, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flash", "careplans.flash.stepAdded");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
		return done != null ? done : stepPage(caseId, goalId, null, model);
	}

	@PostMapping("/goals/{goalId}/steps/{stepId}")
	String updateStep(@PathVariable UUID caseId, @PathVariable UUID goalId, @PathVariable UUID stepId,
			@ModelAttribute("stepForm") StepForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.updateStep(caseId, goalId, stepId, form.getVersion(), form.draft());
			redirect.addFlashAttribute("flash", "careplans.flash.stepSaved");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
		return done != null ? done : stepPage(caseId, goalId, stepId, model);
	}

	@PostMapping("/goals/{goalId}/steps/{stepId}/withdraw")
	String withdrawStep(@PathVariable UUID caseId, @PathVariable UUID goalId, @PathVariable UUID stepId,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			this.plans.withdrawStep(caseId, goalId, stepId, version);
			redirect.addFlashAttribute("flash", "careplans.flash.stepWithdrawn");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
	}

	@PostMapping("/goals/{goalId}/steps/{stepId}/status")
	String stepStatus(@PathVariable UUID caseId, @PathVariable UUID goalId, @PathVariable UUID stepId,
			@RequestParam long version, @RequestParam(required = false) StepStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			this.plans.changeStepStatus(caseId, goalId, stepId, version,
					new StepStatusChange(status, on, reason == null || reason.isBlank() ? null : reason));
			redirect.addFlashAttribute("flash", "careplans.flash.stepStatus");
			return "redirect:/cases/" + caseId + "/plan#goal-" + goalId;
		});
	}

	@PostMapping("/agree")
	String agree(@PathVariable UUID caseId, @ModelAttribute("agreeForm") AgreeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			CarePlanView plan = this.plans.agree(caseId, form.getVersion(), form.command());
			redirect.addFlashAttribute("flash", plan.summary().status() == CarePlanStatus.AGREED
					? "careplans.flash.agreed" : "careplans.flash.awaitingApproval");
			return "redirect:/cases/" + caseId;
		});
		model.addAttribute("openPart", "agreement");
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/approve")
	String approve(@PathVariable UUID caseId, @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.approve(caseId, form.getVersion(), form.comments());
			redirect.addFlashAttribute("flash", "careplans.flash.approved");
			return "redirect:/cases/" + caseId;
		});
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/return")
	String returnForChanges(@PathVariable UUID caseId, @ModelAttribute("reviewForm") ReviewForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.returnForChanges(caseId, form.getVersion(), form.comments());
			redirect.addFlashAttribute("flash", "careplans.flash.returned");
			return "redirect:/cases/" + caseId + "/plan";
		});
		return done != null ? done : page(caseId, model);
	}

	/**
	 * An earlier (or the current) version, read only, with what changed since the one
	 * before.
	 */
	@GetMapping("/versions/{number:\\d+}")
	String version(@PathVariable UUID caseId, @PathVariable int number, Model model) {
		CarePlanView plan = this.plans.version(caseId, number);
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		model.addAttribute("caseSummary", file.summary());
		model.addAttribute("plan", plan);
		model.addAttribute("readOnly", true);
		common(plan, model);
		return "careplans/plan";
	}

	/**
	 * The version as the client takes it home, in their language where Casework has it.
	 */
	@GetMapping("/versions/{number:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID caseId, @PathVariable int number) {
		CarePlanView plan = this.plans.version(caseId, number);
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		String language = file.client() != null ? file.client().preferredLanguage() : null;
		Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith(SPANISH)
				? Locale.forLanguageTag(SPANISH) : Locale.ENGLISH;
		List<AgreementView> agreements = plan.agreements();
		AgreementView agreement = agreements.isEmpty() ? null : agreements.get(agreements.size() - 1);
		Map<String, Object> variables = new HashMap<>();
		variables.put("plan", plan);
		variables.put("clientName", file.client() != null ? file.client().displayName() : file.summary().clientName());
		variables.put("caseNumber", file.summary().number());
		variables.put("programName", file.summary().programName());
		variables.put("agreedOn", agreement != null ? agreement.agreedOn() : null);
		variables.put("agreement", agreement);
		variables.put("signature",
				this.plans.signature(caseId, number)
					.map(png -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
					.orElse(null));
		variables.put("workerName", file.summary().ownerName());
		byte[] pdf = this.pdfs.render("careplans/pdf", variables, locale);
		String filename = "care-plan-" + file.summary().number() + "-v" + number + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(pdf);
	}

	/**
	 * Runs an action of a small form; a refusal shows the plan page again with what was
	 * refused at the top, a stale version as the conflict alert.
	 */
	private String act(UUID caseId, Model model, Supplier<String> action) {
		try {
			return action.get();
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("refusal", ex.getMessage());
			model.addAttribute("refusalReasons", ex.problems().stream().map(CarePlanPageController::text).toList());
		}
		catch (DomainRuleException ex) {
			model.addAttribute("refusal", ex.getMessage());
			model.addAttribute("refusalReasons", ex.reasons());
		}
		return page(caseId, model);
	}

	private static String text(FieldProblem problem) {
		return problem.field() + ": " + problem.message();
	}

	private CarePlanView current(UUID caseId) {
		return this.plans.current(caseId).orElseThrow(() -> new NotFoundException("Care plan"));
	}

	private String page(UUID caseId, Model model) {
		CarePlanView plan = current(caseId);
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		model.addAttribute("caseSummary", file.summary());
		model.addAttribute("plan", plan);
		model.addAttribute("readOnly", false);
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", PlanForm.of(plan));
		}
		if (!model.containsAttribute("agreeForm")) {
			AgreeForm agree = new AgreeForm();
			agree.setVersion(plan.summary().version());
			model.addAttribute("agreeForm", agree);
		}
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.of(plan.summary().version()));
		}
		model.addAttribute("mayApprove", this.plans.mayApprove(plan, file.summary()));
		model.addAttribute("versions", this.plans.versions(caseId));
		Map<UUID, List<StepNotes.StepNote>> notes = new HashMap<>();
		this.stepNotes.forEach(source -> source.forCase(caseId)
			.forEach((step, lines) -> notes.computeIfAbsent(step, k -> new ArrayList<>()).addAll(lines)));
		model.addAttribute("stepNotes", notes);
		common(plan, model);
		return "careplans/plan";
	}

	private void common(CarePlanView plan, Model model) {
		Map<UUID, ProgressChart> charts = new HashMap<>();
		Map<UUID, String> stepNames = new HashMap<>();
		for (GoalView goal : plan.goals()) {
			ProgressChart chart = ProgressChart.of(goal);
			if (chart != null) {
				charts.put(goal.id(), chart);
			}
			goal.steps().forEach(s -> stepNames.put(s.id(), s.description()));
		}
		Map<UUID, String> after = new HashMap<>();
		for (GoalView goal : plan.goals()) {
			for (StepView step : goal.steps()) {
				if (!step.prerequisites().isEmpty()) {
					after.put(step.id(), String.join("; ",
							step.prerequisites().stream().map(id -> stepNames.getOrDefault(id, "–")).toList()));
				}
			}
		}
		List<AgreementView> agreements = plan.agreements();
		model.addAttribute("lastAgreement", agreements.isEmpty() ? null : agreements.get(agreements.size() - 1));
		model.addAttribute("charts", charts);
		model.addAttribute("stepsBefore", after);
		model.addAttribute("draft", plan.summary().status() == CarePlanStatus.DRAFT);
		model.addAttribute("goalStatuses", GoalStatus.values());
		model.addAttribute("stepStatuses", StepStatus.values());
		model.addAttribute("methods", AgreementMethod.values());
		model.addAttribute("today", LocalDate.now());
	}

	private String goalPage(UUID caseId, UUID goalId, Model model) {
		CarePlanView plan = current(caseId);
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		model.addAttribute("caseSummary", file.summary());
		model.addAttribute("plan", plan);
		model.addAttribute("goalId", goalId);
		model.addAttribute("domains", LifeDomains.CODES);
		model.addAttribute("directions", Direction.values());
		if (model.getAttribute("goalForm") instanceof GoalForm form && !model.containsAttribute("check")) {
			model.addAttribute("check", this.plans.checkGoal(caseId, form.draft()));
		}
		return "careplans/goal";
	}

	private String stepPage(UUID caseId, UUID goalId, UUID stepId, Model model) {
		CarePlanView plan = current(caseId);
		GoalView goal = plan.goal(goalId).orElseThrow(() -> new NotFoundException("Goal"));
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		model.addAttribute("caseSummary", file.summary());
		model.addAttribute("plan", plan);
		model.addAttribute("goal", goal);
		model.addAttribute("stepId", stepId);
		model.addAttribute("parties", ResponsibleParty.values());
		Map<String, String> team = new LinkedHashMap<>();
		for (CareTeamMember member : file.careTeam()) {
			team.put(member.userId().toString(), member.name());
		}
		model.addAttribute("careTeam", team);
		Map<String, String> others = new LinkedHashMap<>();
		for (GoalView g : plan.goals()) {
			for (StepView s : g.steps()) {
				if (!s.id().equals(stepId)) {
					others.put(s.id().toString(), s.description() + " (" + g.label() + ")");
				}
			}
		}
		model.addAttribute("otherSteps", others);
		return "careplans/step";
	}

	private static StepView step(CarePlanView plan, UUID goalId, UUID stepId) {
		return plan.goal(goalId)
			.flatMap(g -> g.steps().stream().filter(s -> s.id().equals(stepId)).findFirst())
			.orElseThrow(() -> new NotFoundException("Step"));
	}

	private static org.casework.careplans.GoalDraft emptyGoal() {
		return new org.casework.careplans.GoalDraft(null, null, null, null, null, null, null, null, null);
	}

}
