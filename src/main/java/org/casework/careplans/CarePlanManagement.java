package org.casework.careplans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.casework.assessments.AssessmentComparison;
import org.casework.assessments.CaseAssessments;
import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.careplans.domain.ActionStep;
import org.casework.careplans.domain.AgreementRow;
import org.casework.careplans.domain.CarePlan;
import org.casework.careplans.domain.CarePlans;
import org.casework.careplans.domain.Goal;
import org.casework.careplans.domain.GoalArea;
import org.casework.careplans.domain.GoalRules;
import org.casework.careplans.domain.PlanChecker;
import org.casework.careplans.domain.ProgramPlanSetting;
import org.casework.careplans.domain.ProgramPlanSettings;
import org.casework.careplans.domain.Signature;
import org.casework.shared.SignatureImage;
import org.casework.careplans.domain.Signatures;
import org.casework.careplans.domain.SmartChecker;
import org.casework.careplans.domain.VersionComparison;
import org.casework.cases.CareTeamMember;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseStatus;
import org.casework.cases.CaseSummary;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.programs.ProgramManagement;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care plans of cases: start a plan with the client (from their goals and the goal
 * areas of the latest completed core assessment), write its SMART goals and action steps
 * in the client's order of priority, check them as they are typed, record the client's
 * agreement and a supervisor's approval, and record progress and statuses as the plan is
 * carried out. A case's plan is visible exactly when the case is (404 otherwise), and
 * every read and write is audited against the client.
 *
 * <p>
 * Every change names the version of the plan the caller read ({@code expectedVersion},
 * the ETag): a stale one is refused ({@link StaleVersionException}) and changes nothing.
 * Goals, steps and the plan's own fields change only in a draft; progress entries and the
 * statuses of goals and steps are recorded on the version in force (see
 * {@link CarePlanView#inForce()}). Agreeing a plan moves the case on to implementation;
 * starting its next version takes it back to planning until that version is agreed.
 */
@Service
public class CarePlanManagement {

	static final String SUBJECT = "CarePlan";

	private final CarePlans plans;

	private final ProgramPlanSettings settings;

	private final Signatures signatures;

	private final CaseManagement cases;

	private final CaseAssessments assessments;

	private final ProgramManagement programs;

	private final IdentityManagement identity;

	private final ClientAccess access;

	private final UserContext users;

	private final AuditLog audit;

	private final SmartChecker smart;

	private final PlanChecker checker;

	private final Clock clock;

	CarePlanManagement(CarePlans plans, ProgramPlanSettings settings, Signatures signatures, CaseManagement cases,
			CaseAssessments assessments, ProgramManagement programs, IdentityManagement identity, ClientAccess access,
			UserContext users, AuditLog audit, SmartChecker smart, Clock clock) {
		this.plans = plans;
		this.settings = settings;
		this.signatures = signatures;
		this.cases = cases;
		this.assessments = assessments;
		this.programs = programs;
		this.identity = identity;
		this.access = access;
		this.users = users;
		this.audit = audit;
		this.smart = smart;
		this.checker = new PlanChecker(smart);
		this.clock = clock;
	}

	// reading

	/**
	 * The case's current plan: the version being drafted (or awaiting approval) if there
	 * is one, else the agreed one; empty while the case has no plan.
	 * @throws NotFoundException when the case is outside the caller's scope
	 */
	@Transactional
	public Optional<CarePlanView> current(UUID caseId) {
		CaseFile file = caseInScope(caseId);
		List<CarePlan> versions = this.plans.findByCaseIdOrderByNumberDesc(caseId);
		if (versions.isEmpty()) {
			return Optional.empty();
		}
		CarePlan latest = versions.get(0);
		this.access.read(latest.clientId(), SUBJECT, latest.id());
		return Optional.of(view(latest, file, versions, new Names()));
	}

	/** The case's plan versions, the latest first. */
	@Transactional
	public List<CarePlanSummary> versions(UUID caseId) {
		CaseFile file = caseInScope(caseId);
		this.access.read(file.summary().clientId(), SUBJECT, caseId);
		Names names = new Names();
		return this.plans.findByCaseIdOrderByNumberDesc(caseId).stream().map(p -> summary(p, names)).toList();
	}

	/**
	 * One version of the case's plan as it is now (a superseded version as it was when
	 * the next came into force), with what changed since the version before it.
	 * @throws NotFoundException when the case is outside the caller's scope or has no
	 * such version
	 */
	@Transactional
	public CarePlanView version(UUID caseId, int number) {
		CaseFile file = caseInScope(caseId);
		List<CarePlan> versions = this.plans.findByCaseIdOrderByNumberDesc(caseId);
		CarePlan plan = versions.stream()
			.filter(p -> p.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Care plan version"));
		this.access.read(plan.clientId(), SUBJECT, plan.id());
		return view(plan, file, versions, new Names());
	}

	/** One goal of the case's current plan. */
	@Transactional
	public GoalView goal(UUID caseId, UUID goalId) {
		return current(caseId).orElseThrow(() -> new NotFoundException("Care plan"))
			.goal(goalId)
			.orElseThrow(() -> new NotFoundException("Goal"));
	}

	/**
	 * The client's signature on a version's latest agreement, as a PNG image; empty when
	 * the agreement was verbal or there is none.
	 */
	@Transactional
	public Optional<byte[]> signature(UUID caseId, int number) {
		caseInScope(caseId);
		CarePlan plan = this.plans.findByCaseIdAndNumber(caseId, number)
			.orElseThrow(() -> new NotFoundException("Care plan version"));
		this.access.read(plan.clientId(), SUBJECT, plan.id());
		List<AgreementRow> agreements = plan.agreements();
		if (agreements.isEmpty() || agreements.get(agreements.size() - 1).signatureId() == null) {
			return Optional.empty();
		}
		return this.signatures.findById(agreements.get(agreements.size() - 1).signatureId()).map(Signature::png);
	}

	/**
	 * Whether the caller may approve or return the version: it awaits approval and they
	 * supervise the team of the case's owner.
	 */
	@Transactional(readOnly = true)
	public boolean mayApprove(CarePlanView plan, CaseSummary caseSummary) {
		return plan.summary().status() == CarePlanStatus.PENDING_APPROVAL
				&& supervises(this.users.current(), caseSummary.ownerId());
	}

	// the SMART check

	/**
	 * The SMART check of a goal as typed, without saving anything: its weak elements and
	 * the input that would be refused (no case needed, so dates before a case opened are
	 * not looked at).
	 * @param horizon the last day the plan's goals may be due, or null
	 */
	public SmartCheck check(GoalDraft input, LocalDate today, LocalDate horizon) {
		GoalDraft goal = input == null ? empty() : input;
		return SmartCheck.of(this.smart.check(goal, today, horizon), GoalRules.problems(goal, null, false));
	}

	/**
	 * The SMART check of a goal as typed for the case's plan, without saving anything:
	 * today, the horizon of the case's current plan (or of a new plan of its program),
	 * and dates checked against the day the case opened.
	 */
	@Transactional
	public SmartCheck checkGoal(UUID caseId, GoalDraft input) {
		CaseFile file = caseInScope(caseId);
		LocalDate today = today();
		LocalDate horizon = this.plans.findByCaseIdOrderByNumberDesc(caseId)
			.stream()
			.findFirst()
			.map(CarePlan::horizon)
			.orElseGet(() -> today.plusMonths(settingsOf(file.summary().programId()).horizonMonths()));
		GoalDraft goal = input == null ? empty() : input;
		return SmartCheck.of(this.smart.check(goal, today, horizon),
				GoalRules.problems(goal, file.summary().openedOn(), false));
	}

	// writing a draft

	/**
	 * Starts a draft: the next version of the agreed plan (a copy of it, goals and steps
	 * with their ids), or the case's first plan, which offers each goal area of the
	 * latest completed core assessment (a domain in crisis or vulnerable) as a goal with
	 * no statement yet. The first plan reaches as many months ahead as the program's
	 * settings say. Starting a next version takes the case back to planning until it is
	 * agreed.
	 * @throws DomainRuleException when the case is closed or a draft (or a version
	 * awaiting approval) is under way
	 */
	@Transactional
	public CarePlanView start(UUID caseId, StartPlan command) {
		CaseFile file = caseInScope(caseId);
		CaseSummary c = file.summary();
		if (c.status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is closed: it takes no new plan.");
		}
		// a start running at the same time waits here, then finds this one's draft
		this.plans.lockStartOf(caseId);
		List<CarePlan> versions = this.plans.findByCaseIdOrderByNumberDesc(caseId);
		CarePlan latest = versions.isEmpty() ? null : versions.get(0);
		UUID me = this.users.current().id();
		Instant now = Instant.now(this.clock);
		CarePlan plan;
		if (latest == null) {
			StartPlan given = command == null ? new StartPlan(null, null) : command;
			plan = CarePlan.start(caseId, c.clientId(), today().plusMonths(settingsOf(c.programId()).horizonMonths()),
					given.clientGoalsInOwnWords(), given.culturalContext(), goalAreas(caseId), me, now);
		}
		else if (latest.status() == CarePlanStatus.AGREED) {
			plan = latest.nextVersion(me, now);
		}
		else {
			throw new DomainRuleException(latest.status() == CarePlanStatus.DRAFT
					? "A draft of the plan already exists: version " + latest.number()
							+ " is being drafted; continue it."
					: "Version " + latest.number() + " of the plan is awaiting the supervisor's approval.");
		}
		this.access.write(c.clientId(), AuditAction.CREATE, SUBJECT, plan.id(), "started version " + plan.number());
		this.plans.save(plan);
		if (latest != null) {
			this.cases.recordPlanAgreed(caseId, false);
		}
		versions = new ArrayList<>(versions);
		versions.add(0, plan);
		return view(plan, file, versions, new Names());
	}

	/**
	 * Replaces the draft's own fields: the client's goals in their words, the cultural
	 * context, the review date and the horizon (kept when null).
	 * @throws InvalidInputException for a date before the case opened or a horizon in the
	 * past
	 */
	@Transactional
	public CarePlanView revise(UUID caseId, long expectedVersion, PlanDetails details) {
		Editing e = latest(caseId, expectedVersion);
		PlanDetails given = details == null ? new PlanDetails(null, null, null, null) : details;
		e.plan().revise(given, e.openedOn(), today(), e.me(), e.now());
		return save(e, "revised the plan's details");
	}

	/**
	 * Adds a goal the client stated to the draft, last in the client's order.
	 * @throws InvalidInputException for a goal with neither the client's words nor a
	 * statement, an unknown life domain, a target on the wrong side of the baseline, or a
	 * target date before the case opened
	 */
	@Transactional
	public AddedToPlan addGoal(UUID caseId, long expectedVersion, GoalDraft goal) {
		Editing e = latest(caseId, expectedVersion);
		UUID goalId = e.plan().addGoal(goal, e.openedOn(), e.me(), e.now());
		return new AddedToPlan(goalId, save(e, "added goal " + goalId));
	}

	/** Replaces what a goal of the draft says. */
	@Transactional
	public CarePlanView updateGoal(UUID caseId, UUID goalId, long expectedVersion, GoalDraft goal) {
		Editing e = latest(caseId, expectedVersion);
		e.plan().updateGoal(goalId, goal == null ? empty() : goal, e.openedOn(), e.me(), e.now());
		return save(e, "changed goal " + goalId);
	}

	/**
	 * Withdraws a goal added in this draft (with its steps); a goal of an earlier version
	 * is discontinued instead ({@link #changeGoalStatus}).
	 */
	@Transactional
	public CarePlanView withdrawGoal(UUID caseId, UUID goalId, long expectedVersion) {
		Editing e = latest(caseId, expectedVersion);
		e.plan().withdrawGoal(goalId, e.me(), e.now());
		return save(e, "withdrew goal " + goalId);
	}

	/** Puts the draft's goals in the client's order of priority (every goal once). */
	@Transactional
	public CarePlanView reorderGoals(UUID caseId, long expectedVersion, List<UUID> goalIds) {
		Editing e = latest(caseId, expectedVersion);
		e.plan().reorderGoals(goalIds, e.me(), e.now());
		return save(e, "reordered the goals");
	}

	/**
	 * Accepts a goal's weak SMART element with the reason: its warning no longer blocks
	 * agreement. (An indicator with a target and a target date are required all the
	 * same.)
	 * @throws InvalidInputException naming {@code element} when the element has no
	 * warning
	 */
	@Transactional
	public CarePlanView overrideWarning(UUID caseId, UUID goalId, long expectedVersion, SmartOverride override) {
		Editing e = latest(caseId, expectedVersion);
		Goal goal = e.plan().goal(goalId);
		Set<SmartElement> weak = this.smart.check(goal.draft(), today(), e.plan().horizon())
			.stream()
			.map(SmartFinding::element)
			.collect(Collectors.toSet());
		SmartOverride given = override == null ? new SmartOverride(null, null) : override;
		e.plan().overrideWarning(goalId, given, weak, e.me(), e.now());
		return save(e, "overrode the " + given.element() + " warning of goal " + goalId);
	}

	/**
	 * Adds an action step last under a goal of the draft.
	 * @throws InvalidInputException for a prerequisite that is not a step of this plan
	 * version, a care team member who is not on the case's current care team, a provider
	 * or family member without a name, a barrier without a mitigation, or a due date
	 * before the case opened
	 */
	@Transactional
	public AddedToPlan addStep(UUID caseId, UUID goalId, long expectedVersion, StepDraft step) {
		Editing e = latest(caseId, expectedVersion);
		UUID stepId = e.plan().addStep(goalId, step, e.openedOn(), careTeam(e.file()), e.me(), e.now());
		return new AddedToPlan(stepId, save(e, "added step " + stepId + " to goal " + goalId));
	}

	/**
	 * Replaces what a step of the draft says, its barriers and its prerequisites.
	 * @throws InvalidInputException as {@link #addStep}, and for prerequisites that would
	 * make a cycle
	 */
	@Transactional
	public CarePlanView updateStep(UUID caseId, UUID goalId, UUID stepId, long expectedVersion, StepDraft step) {
		Editing e = latest(caseId, expectedVersion);
		e.plan().updateStep(goalId, stepId, step, e.openedOn(), careTeam(e.file()), e.me(), e.now());
		return save(e, "changed step " + stepId);
	}

	/**
	 * Withdraws a step added in this draft; a step of an earlier version is dropped
	 * instead ({@link #changeStepStatus}).
	 */
	@Transactional
	public CarePlanView withdrawStep(UUID caseId, UUID goalId, UUID stepId, long expectedVersion) {
		Editing e = latest(caseId, expectedVersion);
		e.plan().withdrawStep(goalId, stepId, e.me(), e.now());
		return save(e, "withdrew step " + stepId);
	}

	// carrying the plan out

	/**
	 * Records a measurement of a goal's indicator and/or a note on the version in force.
	 * @param expectedVersion the version of the plan in force
	 * ({@link CarePlanView#inForce()})
	 */
	@Transactional
	public CarePlanView recordProgress(UUID caseId, UUID goalId, long expectedVersion, ProgressInput input) {
		Editing e = inForce(caseId, expectedVersion);
		e.plan()
			.recordProgress(goalId, input == null ? new ProgressInput(null, null, null) : input, today(), e.openedOn(),
					e.me(), e.now());
		CarePlanView view = save(e, "progress on goal " + goalId);
		if (e.plan().status() == CarePlanStatus.AGREED) {
			this.cases.recordGoalsReviewed(caseId);
		}
		return view;
	}

	/**
	 * Changes a goal's status on the version in force (discontinuing needs the reason);
	 * an achieved goal is published as {@link GoalAchieved}.
	 * @param expectedVersion the version of the plan in force
	 */
	@Transactional
	public CarePlanView changeGoalStatus(UUID caseId, UUID goalId, long expectedVersion, GoalStatusChange change) {
		Editing e = inForce(caseId, expectedVersion);
		GoalStatusChange given = change == null ? new GoalStatusChange(null, null) : change;
		e.plan().changeGoalStatus(goalId, given, e.me(), e.now());
		return save(e, "goal " + goalId + " " + given.status());
	}

	/**
	 * Moves a step on, on the version in force: it starts or is done only once its
	 * prerequisites are done; dropping it needs the reason.
	 * @param expectedVersion the version of the plan in force
	 * @throws DomainRuleException when the step waits for prerequisites
	 */
	@Transactional
	public CarePlanView changeStepStatus(UUID caseId, UUID goalId, UUID stepId, long expectedVersion,
			StepStatusChange change) {
		Editing e = inForce(caseId, expectedVersion);
		StepStatusChange given = change == null ? new StepStatusChange(null, null, null) : change;
		e.plan().changeStepStatus(goalId, stepId, given, today(), e.openedOn(), e.me(), e.now());
		return save(e, "step " + stepId + " " + given.status());
	}

	// agreement

	/**
	 * Records the client's agreement to the draft: a signature drawn on the screen (PNG,
	 * at most 200 KB) or a verbal agreement with a witness, and the client's own words
	 * about the plan. The draft must pass the plan-level check. It comes into force at
	 * once (superseding the previous version and moving the case on to implementation),
	 * or awaits a supervisor's approval where the program requires it.
	 * @throws InvalidInputException for a missing or unreadable signature, or a verbal
	 * agreement without a witness
	 * @throws DomainRuleException listing every failure of the plan-level check, or when
	 * the version is not a draft
	 */
	@Transactional
	public CarePlanView agree(UUID caseId, long expectedVersion, AgreePlan agreement) {
		Editing e = latest(caseId, expectedVersion);
		AgreePlan given = agreement == null ? new AgreePlan(null, null, null, null) : agreement;
		SignatureImage image = checkAgreement(given);
		CarePlan plan = e.plan();
		inForceBefore(e).ifPresent(plan::takeOverFrom);
		PlanCheck check = this.checker.check(plan, today());
		boolean approval = settingsOf(e.file().summary().programId()).requireSupervisorApproval();
		UUID signatureId = null;
		if (image != null && plan.status() == CarePlanStatus.DRAFT && check.passes()) {
			signatureId = this.signatures.save(Signature.of(plan.id(), image, e.now())).id();
		}
		AgreementRow row = AgreementRow.of(given.method(), today(), signatureId, given.witnessName(),
				given.clientWords(), e.me(), e.now());
		plan.agree(row, check, approval, e.file().summary().ownerId(), e.now());
		return cameIntoForce(e, "client agreed (" + given.method() + ")"
				+ (plan.status() == CarePlanStatus.PENDING_APPROVAL ? ", awaiting approval" : ""));
	}

	/**
	 * The supervisor of the owner's team approves the version the client agreed: it comes
	 * into force.
	 * @throws AccessDeniedException when the caller does not supervise the owner's team
	 */
	@Transactional
	public CarePlanView approve(UUID caseId, long expectedVersion, String comments) {
		Editing e = latest(caseId, expectedVersion);
		requireSupervisor(e);
		e.plan().approve(comments, e.me(), e.now());
		return cameIntoForce(e, "approved");
	}

	/**
	 * The supervisor of the owner's team returns the version to draft with comments; the
	 * client agrees again once it is changed.
	 * @throws AccessDeniedException when the caller does not supervise the owner's team
	 */
	@Transactional
	public CarePlanView returnForChanges(UUID caseId, long expectedVersion, String comments) {
		Editing e = latest(caseId, expectedVersion);
		requireSupervisor(e);
		e.plan().returnToDraft(comments, e.me(), e.now());
		return save(e, "returned to draft");
	}

	// program settings

	/**
	 * A program's rules for care plans (the defaults until a program admin sets them).
	 * @throws NotFoundException for a program of another agency
	 */
	@Transactional(readOnly = true)
	public CarePlanSettings settings(UUID programId) {
		this.programs.get(programId);
		return settingsOf(programId);
	}

	/**
	 * A program admin sets a program's rules for care plans; they apply to plans agreed
	 * from then on (and to the horizon of plans started from then on).
	 * @param expectedVersion the version of the settings read (0 for the defaults)
	 * @throws AccessDeniedException when the caller is not a program admin
	 */
	@Transactional
	public CarePlanSettings changeSettings(UUID programId, long expectedVersion, CarePlanSettingsChange change) {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException("Only a program admin sets a program's rules for care plans");
		}
		String program = this.programs.get(programId).name();
		ProgramPlanSetting setting = this.settings.findById(programId)
			.orElseGet(() -> ProgramPlanSetting.defaults(programId));
		if (setting.version() != expectedVersion) {
			throw StaleVersionException.stale("care plan settings");
		}
		CarePlanSettingsChange given = change == null ? new CarePlanSettingsChange(false, null) : change;
		setting.change(given.requireSupervisorApproval(), given.horizonMonths(), me.id(), Instant.now(this.clock));
		ProgramPlanSetting saved = this.settings.save(setting);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "Program", programId)
			.withDetail("care plans of " + program + ": supervisor approval " + saved.requireSupervisorApproval()
					+ ", horizon " + saved.horizonMonths() + " months"));
		return saved.view();
	}

	// helpers

	/**
	 * The version agreed: when it came into force, the previous agreed version is
	 * superseded (and handed over its progress) and the case moves on.
	 */
	private CarePlanView cameIntoForce(Editing e, String detail) {
		CarePlan plan = e.plan();
		if (plan.status() == CarePlanStatus.AGREED) {
			inForceBefore(e).ifPresent(p -> {
				plan.takeOverFrom(p);
				p.supersede(e.now());
				this.access.write(p.clientId(), AuditAction.UPDATE, SUBJECT, p.id(),
						"superseded by version " + plan.number());
				this.plans.save(p);
			});
		}
		CarePlanView view = save(e, detail);
		if (plan.status() == CarePlanStatus.AGREED) {
			this.cases.recordPlanAgreed(plan.caseId(), true);
		}
		return view;
	}

	/**
	 * The agreed version the changed one is to replace, if any: the goals' statuses and
	 * progress recorded on it carry over.
	 */
	private static Optional<CarePlan> inForceBefore(Editing e) {
		return e.versions()
			.stream()
			.filter(p -> p.status() == CarePlanStatus.AGREED && !p.id().equals(e.plan().id()))
			.findFirst();
	}

	private SignatureImage checkAgreement(AgreePlan agreement) {
		List<FieldProblem> problems = new ArrayList<>();
		SignatureImage image = null;
		if (agreement.method() == null) {
			problems.add(new FieldProblem("method", "must be SIGNATURE or VERBAL"));
		}
		else if (agreement.method() == AgreementMethod.SIGNATURE) {
			try {
				image = SignatureImage.fromBase64(agreement.signaturePng());
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		else {
			if (agreement.signaturePng() != null && !agreement.signaturePng().isBlank()) {
				problems.add(new FieldProblem("signaturePng", "is only for an agreement by SIGNATURE"));
			}
			if (agreement.witnessName() == null || agreement.witnessName().isBlank()) {
				problems.add(new FieldProblem("witnessName", "must name who witnessed the verbal agreement"));
			}
		}
		if (agreement.witnessName() != null && agreement.witnessName().strip().length() > 200) {
			problems.add(new FieldProblem("witnessName", "must be at most 200 characters"));
		}
		if (agreement.clientWords() != null && agreement.clientWords().strip().length() > 2000) {
			problems.add(new FieldProblem("clientWords", "must be at most 2000 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return image;
	}

	private void requireSupervisor(Editing e) {
		if (!supervises(this.users.current(), e.file().summary().ownerId())) {
			throw new AccessDeniedException("Only the supervisor of the case owner's team approves or returns a plan");
		}
	}

	private boolean supervises(CurrentUser me, UUID ownerId) {
		return me.has(Role.SUPERVISOR) && me.teamId() != null
				&& this.identity.user(ownerId).map(u -> me.teamId().equals(u.teamId())).orElse(false);
	}

	/** The goal areas of the latest completed core assessment, in its order. */
	private List<GoalArea> goalAreas(UUID caseId) {
		return this.assessments.comparison(caseId, null)
			.map(AssessmentComparison::domains)
			.orElse(List.of())
			.stream()
			.filter(d -> d.latest() != null && d.latest().needsAttention())
			.map(d -> new GoalArea(d.domainCode(), d.label()))
			.toList();
	}

	private CarePlanSettings settingsOf(UUID programId) {
		return this.settings.findById(programId)
			.map(ProgramPlanSetting::view)
			.orElseGet(() -> CarePlanSettings.defaults(programId));
	}

	private static Predicate<UUID> careTeam(CaseFile file) {
		Set<UUID> team = file.careTeam().stream().map(CareTeamMember::userId).collect(Collectors.toSet());
		return team::contains;
	}

	private CaseFile caseInScope(UUID caseId) {
		return this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
	}

	/** The latest version, to change, when the caller read its current version. */
	private Editing latest(UUID caseId, long expectedVersion) {
		CaseFile file = caseInScope(caseId);
		List<CarePlan> versions = this.plans.findByCaseIdOrderByNumberDesc(caseId);
		if (versions.isEmpty()) {
			throw new NotFoundException("Care plan");
		}
		return editing(file, versions, versions.get(0), expectedVersion);
	}

	/**
	 * The version progress and statuses are recorded on: the agreed one, else the latest.
	 */
	private Editing inForce(UUID caseId, long expectedVersion) {
		CaseFile file = caseInScope(caseId);
		List<CarePlan> versions = this.plans.findByCaseIdOrderByNumberDesc(caseId);
		if (versions.isEmpty()) {
			throw new NotFoundException("Care plan");
		}
		return editing(file, versions, inForce(versions), expectedVersion);
	}

	private static CarePlan inForce(List<CarePlan> versions) {
		return versions.stream().filter(p -> p.status() == CarePlanStatus.AGREED).findFirst().orElse(versions.get(0));
	}

	private Editing editing(CaseFile file, List<CarePlan> versions, CarePlan plan, long expectedVersion) {
		if (file.summary().status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is closed: its care plan is kept as it was and no longer changes.");
		}
		if (plan.version() != expectedVersion) {
			throw StaleVersionException.stale("care plan");
		}
		return new Editing(file, versions, plan, this.users.current().id(), Instant.now(this.clock));
	}

	private CarePlanView save(Editing e, String detail) {
		CarePlan plan = e.plan();
		this.access.write(plan.clientId(), AuditAction.UPDATE, SUBJECT, plan.id(),
				"version " + plan.number() + ": " + detail);
		CarePlan saved = this.plans.save(plan);
		List<CarePlan> versions = e.versions().stream().map(p -> p.id().equals(saved.id()) ? saved : p).toList();
		return view(saved, e.file(), versions, new Names());
	}

	/**
	 * A change in the making: the case, its plan versions, the one changed, who and when.
	 */
	private record Editing(CaseFile file, List<CarePlan> versions, CarePlan plan, UUID me, Instant now) {

		LocalDate openedOn() {
			return this.file.summary().openedOn();
		}

	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static GoalDraft empty() {
		return new GoalDraft(null, null, null, null, null, null, null, null, null);
	}

	// views

	private CarePlanView view(CarePlan plan, CaseFile file, List<CarePlan> versions, Names names) {
		LocalDate today = today();
		List<GoalView> goals = new ArrayList<>();
		int priority = 1;
		for (Goal goal : plan.goals()) {
			goals.add(goalView(plan, goal, priority++, today, names));
		}
		CarePlan previous = versions.stream().filter(p -> p.number() == plan.number() - 1).findFirst().orElse(null);
		CarePlan inForce = inForce(versions);
		List<AgreementView> agreements = plan.agreements()
			.stream()
			.map(a -> new AgreementView(a.method(), a.agreedOn(), a.witnessName(), a.clientWords(),
					a.signatureId() != null, names.user(a.recordedBy()), a.recordedAt()))
			.toList();
		List<ReviewView> reviews = plan.reviews()
			.stream()
			.map(r -> new ReviewView(r.decision(), r.comments(), names.user(r.reviewedBy()), r.reviewedAt()))
			.toList();
		return new CarePlanView(summary(plan, names), plan.clientGoals(), plan.culturalContext(), goals,
				this.checker.check(plan, today), agreements, reviews,
				new PlanVersionRef(inForce.number(), inForce.version()),
				previous == null ? null : VersionComparison.between(previous, plan),
				settingsOf(file.summary().programId()).requireSupervisorApproval());
	}

	private GoalView goalView(CarePlan plan, Goal goal, int priority, LocalDate today, Names names) {
		Map<SmartElement, String> overrides = plan.overridesOf(goal.goalId());
		SmartCheck smartCheck = SmartCheck.of(this.smart.check(goal.draft(), today, plan.horizon(), overrides),
				List.of());
		List<StepView> steps = new ArrayList<>();
		int order = 1;
		for (ActionStep step : plan.stepsOf(goal.goalId())) {
			steps.add(stepView(plan, step, order++, names));
		}
		List<ProgressEntry> progress = plan.progressOf(goal.goalId())
			.stream()
			.map(p -> new ProgressEntry(p.onDate(), p.value(), p.note(), names.user(p.recordedBy()), p.recordedAt()))
			.toList();
		List<GoalStatusEntry> history = plan.statusChangesOf(goal.goalId())
			.stream()
			.map(s -> new GoalStatusEntry(s.statusFrom(), s.statusTo(), s.reason(), names.user(s.changedBy()),
					s.changedAt()))
			.toList();
		return new GoalView(goal.goalId(), priority, goal.origin(), goal.goalArea(), goal.goalAreaLabel(),
				goal.clientWords(), goal.statement(), goal.lifeDomain(), goal.indicator(), goal.relevance(),
				goal.achievability(), goal.targetDate(), goal.status(), goal.statusReason(), goal.outputMetric(),
				goal.outcomeMetric(), goal.addedIn(), steps, progress, history, smartCheck);
	}

	private StepView stepView(CarePlan plan, ActionStep step, int order, Names names) {
		Responsible responsible = step.responsible();
		if (responsible != null && responsible.party() == ResponsibleParty.CARE_TEAM_MEMBER) {
			responsible = new Responsible(responsible.party(), responsible.userId(), names.user(responsible.userId()));
		}
		List<UUID> blockedBy = plan.blockedBy(step.stepId());
		return new StepView(step.stepId(), step.goalId(), order, step.description(), responsible, step.dueDate(),
				step.resourcesNeeded(), plan.barriersOf(step.stepId()), plan.prerequisitesOf(step.stepId()), blockedBy,
				!blockedBy.isEmpty(), step.status(), step.completedOn(), step.statusReason(),
				step.statusChangedBy() == null ? null : names.user(step.statusChangedBy()), step.statusChangedAt(),
				step.addedIn());
	}

	private static CarePlanSummary summary(CarePlan plan, Names names) {
		return new CarePlanSummary(plan.id(), plan.caseId(), plan.number(), plan.status(), plan.reviewDate(),
				plan.horizon(), plan.startedAt(), names.user(plan.startedBy()), plan.updatedAt(), plan.agreedAt(),
				plan.supersededAt(), plan.goals().size(), plan.version());
	}

	/** Names of users, each looked up once per answer. */
	private final class Names {

		private final Map<UUID, String> userNames = new HashMap<>();

		String user(UUID id) {
			return id == null ? null
					: this.userNames.computeIfAbsent(id,
							k -> CarePlanManagement.this.identity.user(k)
								.map(UserSummary::displayName)
								.orElse(Objects.toString(k)));
		}

	}

}
