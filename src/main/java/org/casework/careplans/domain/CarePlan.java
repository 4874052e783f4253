package org.casework.careplans.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.casework.careplans.AgreementMethod;
import org.casework.careplans.Barrier;
import org.casework.careplans.CarePlanAgreed;
import org.casework.careplans.CarePlanApprovalRequested;
import org.casework.careplans.CarePlanStatus;
import org.casework.careplans.GoalAchieved;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.GoalStatus;
import org.casework.careplans.GoalStatusChange;
import org.casework.careplans.LifeDomains;
import org.casework.careplans.PlanCheck;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.PlanIssue;
import org.casework.careplans.ProgressInput;
import org.casework.careplans.Responsible;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.ReviewDecision;
import org.casework.careplans.SmartElement;
import org.casework.careplans.SmartOverride;
import org.casework.careplans.StepDraft;
import org.casework.careplans.StepStatus;
import org.casework.careplans.StepStatusChange;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a case's care plan (guide 001's Individual Support Plan). A version is
 * written as a DRAFT with the client; the client agrees it (a signature or a witnessed
 * verbal agreement), a supervisor approves it where the program requires it, and it comes
 * into force (AGREED). Changing an agreed plan means starting the next version, which
 * starts as a copy; when that one is agreed, this one is SUPERSEDED and stays readable as
 * it was.
 * <p>
 * Goals and steps change only in a draft. Progress entries and the statuses of goals and
 * steps are recorded on the version in force (or on the draft while none is); the next
 * version takes them over when it comes into force. Nothing is deleted: goals are
 * discontinued and steps dropped with a reason. The one exception is a goal or step added
 * in the current draft, which can be withdrawn from it: it was never part of a plan in
 * force.
 */
@Table("care_plan")
public class CarePlan extends AbstractAggregateRoot<CarePlan> {

	static final int MAX_TEXT = 4000;

	static final int MAX_REASON = 1000;

	static final int MAX_NAME = 200;

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID caseId;

	private final UUID clientId;

	private final int number;

	/** The version this one was copied from, if any. */
	private final UUID basedOn;

	private CarePlanStatus status;

	private String clientGoals;

	private String culturalContext;

	private LocalDate reviewDate;

	private LocalDate horizon;

	private final UUID startedBy;

	private final Instant startedAt;

	private UUID updatedBy;

	private Instant updatedAt;

	private Instant agreedAt;

	private Instant supersededAt;

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<Goal> goals = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<ActionStep> steps = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<Prerequisite> prerequisites = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<StepBarrier> barriers = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<WarningOverride> overrides = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<ProgressRow> progress = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<GoalStatusRow> statusChanges = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<AgreementRow> agreements = new ArrayList<>();

	@MappedCollection(idColumn = "care_plan", keyColumn = "position")
	private List<ReviewRow> reviews = new ArrayList<>();

	@PersistenceCreator
	CarePlan(UUID id, Integer version, UUID caseId, UUID clientId, int number, UUID basedOn, UUID startedBy,
			Instant startedAt) {
		this.id = id;
		this.version = version;
		this.caseId = caseId;
		this.clientId = clientId;
		this.number = number;
		this.basedOn = basedOn;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	/**
	 * Starts a case's first plan from what the client wants and the goal areas the
	 * assessment found (each offered as a goal with no statement yet), in the
	 * assessment's order.
	 * @param horizon the last day its goals may be due
	 */
	public static CarePlan start(UUID caseId, UUID clientId, LocalDate horizon, String clientGoals,
			String culturalContext, List<GoalArea> goalAreas, UUID by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		GoalRules.max(clientGoals, "clientGoalsInOwnWords", MAX_TEXT, problems);
		GoalRules.max(culturalContext, "culturalContext", MAX_TEXT, problems);
		refuse(problems);
		CarePlan plan = new CarePlan(UUID.randomUUID(), null, Objects.requireNonNull(caseId),
				Objects.requireNonNull(clientId), 1, null, by, at);
		plan.status = CarePlanStatus.DRAFT;
		plan.clientGoals = GoalRules.strip(clientGoals);
		plan.culturalContext = GoalRules.strip(culturalContext);
		plan.horizon = Objects.requireNonNull(horizon);
		for (GoalArea area : goalAreas) {
			plan.goals
				.add(Goal.suggested(1, area.code(), area.label(), LifeDomains.ofGoalArea(area.code()).orElse(null)));
		}
		plan.updatedBy = by;
		plan.updatedAt = at;
		return plan;
	}

	/**
	 * The next version, a draft that starts as a copy of this agreed one: the same goals
	 * and steps (with the same ids), their overrides, progress and statuses.
	 */
	public CarePlan nextVersion(UUID by, Instant at) {
		if (this.status != CarePlanStatus.AGREED) {
			throw new DomainRuleException("Only the agreed version of a plan is the start of a new version.");
		}
		CarePlan next = new CarePlan(UUID.randomUUID(), null, this.caseId, this.clientId, this.number + 1, this.id, by,
				at);
		next.status = CarePlanStatus.DRAFT;
		next.clientGoals = this.clientGoals;
		next.culturalContext = this.culturalContext;
		next.reviewDate = this.reviewDate;
		next.horizon = this.horizon;
		this.goals.forEach(g -> next.goals.add(g.copy()));
		this.steps.forEach(s -> next.steps.add(s.copy()));
		next.prerequisites.addAll(this.prerequisites);
		next.barriers.addAll(this.barriers);
		next.overrides.addAll(this.overrides);
		next.progress.addAll(this.progress);
		next.statusChanges.addAll(this.statusChanges);
		next.updatedBy = by;
		next.updatedAt = at;
		return next;
	}

	// the plan's own fields

	/**
	 * Replaces the plan's own fields; a null horizon keeps the current one.
	 * @throws InvalidInputException for a review date before the case opened, a horizon
	 * in the past or before the case opened, or text too long
	 */
	public void revise(PlanDetails details, LocalDate openedOn, LocalDate today, UUID by, Instant at) {
		requireDraft();
		List<FieldProblem> problems = new ArrayList<>();
		GoalRules.max(details.clientGoalsInOwnWords(), "clientGoalsInOwnWords", MAX_TEXT, problems);
		GoalRules.max(details.culturalContext(), "culturalContext", MAX_TEXT, problems);
		notBeforeOpening(details.reviewDate(), "reviewDate", openedOn, problems);
		LocalDate newHorizon = details.horizon() == null ? this.horizon : details.horizon();
		if (details.horizon() != null) {
			if (details.horizon().isBefore(openedOn)) {
				notBeforeOpening(details.horizon(), "horizon", openedOn, problems);
			}
			else if (details.horizon().isBefore(today)) {
				problems.add(new FieldProblem("horizon", "must not be in the past"));
			}
		}
		refuse(problems);
		this.clientGoals = GoalRules.strip(details.clientGoalsInOwnWords());
		this.culturalContext = GoalRules.strip(details.culturalContext());
		this.reviewDate = details.reviewDate();
		this.horizon = newHorizon;
		touch(by, at);
	}

	// goals

	/**
	 * Adds a goal the client stated, last in the client's order.
	 * @return the new goal's id
	 */
	public UUID addGoal(GoalDraft draft, LocalDate openedOn, UUID by, Instant at) {
		requireDraft();
		refuse(GoalRules.problems(draft, openedOn, true));
		Goal goal = Goal.stated(this.number, draft);
		this.goals.add(goal);
		touch(by, at);
		return goal.goalId();
	}

	/**
	 * Replaces what a goal says. A goal offered from the assessment may stay without a
	 * statement; any other must keep the client's words or a statement.
	 */
	public void updateGoal(UUID goalId, GoalDraft draft, LocalDate openedOn, UUID by, Instant at) {
		Goal goal = goal(goalId);
		requireDraft();
		refuse(GoalRules.problems(draft, openedOn, goal.goalArea() == null));
		goal.revise(draft);
		touch(by, at);
	}

	/**
	 * Takes a goal added in this draft out of it, with its steps; a goal that was in an
	 * earlier version is discontinued with a reason instead.
	 */
	public void withdrawGoal(UUID goalId, UUID by, Instant at) {
		Goal goal = goal(goalId);
		requireDraft();
		if (goal.addedIn() != this.number) {
			throw new DomainRuleException("The goal was in version " + goal.addedIn()
					+ " of the plan: discontinue it with a reason instead of withdrawing it.");
		}
		Set<UUID> itsSteps = this.steps.stream()
			.filter(s -> s.goalId().equals(goalId))
			.map(ActionStep::stepId)
			.collect(Collectors.toSet());
		List<String> dependents = this.prerequisites.stream()
			.filter(p -> itsSteps.contains(p.requiresStepId()) && !itsSteps.contains(p.stepId()))
			.map(p -> "Step \"" + step(p.stepId()).description() + "\" depends on a step of this goal.")
			.toList();
		if (!dependents.isEmpty()) {
			throw new DomainRuleException("Steps of other goals depend on this goal's steps.", dependents);
		}
		this.goals.remove(goal);
		this.steps.removeIf(s -> itsSteps.contains(s.stepId()));
		this.prerequisites.removeIf(p -> itsSteps.contains(p.stepId()));
		this.barriers.removeIf(b -> itsSteps.contains(b.stepId()));
		this.overrides.removeIf(o -> o.goalId().equals(goalId));
		this.progress.removeIf(p -> p.goalId().equals(goalId));
		this.statusChanges.removeIf(c -> c.goalId().equals(goalId));
		touch(by, at);
	}

	/**
	 * Puts the goals in the client's order of priority.
	 * @throws InvalidInputException naming {@code goalIds} unless it lists every goal of
	 * the version exactly once
	 */
	public void reorderGoals(List<UUID> goalIds, UUID by, Instant at) {
		requireDraft();
		List<UUID> order = goalIds == null ? List.of() : goalIds;
		Set<UUID> current = this.goals.stream().map(Goal::goalId).collect(Collectors.toSet());
		if (order.size() != current.size() || !new HashSet<>(order).equals(current)) {
			throw new InvalidInputException("goalIds",
					"must list each of the plan's " + current.size() + " goals exactly once");
		}
		Map<UUID, Goal> byId = this.goals.stream().collect(Collectors.toMap(Goal::goalId, g -> g));
		this.goals = new ArrayList<>(order.stream().map(byId::get).toList());
		touch(by, at);
	}

	/**
	 * Accepts a weak SMART element of a goal with the reason (replacing an earlier reason
	 * for the element).
	 * @param weak the elements the SMART check finds weak in the goal now
	 * @throws InvalidInputException naming {@code element} when it has no warning, or
	 * {@code reason} when there is none
	 */
	public void overrideWarning(UUID goalId, SmartOverride override, Set<SmartElement> weak, UUID by, Instant at) {
		goal(goalId);
		requireDraft();
		List<FieldProblem> problems = new ArrayList<>();
		if (override.element() == null) {
			problems.add(new FieldProblem("element", "must be one of " + List.of(SmartElement.values())));
		}
		else if (!weak.contains(override.element())) {
			problems.add(new FieldProblem("element", "has no warning to override"));
		}
		reason(override.reason(), "reason", "must say why the goal stands as it is", problems);
		refuse(problems);
		this.overrides.removeIf(o -> o.goalId().equals(goalId) && o.element() == override.element());
		this.overrides.add(new WarningOverride(goalId, override.element(), override.reason().strip(), by, at));
		touch(by, at);
	}

	// steps

	/**
	 * Adds an action step last under a goal.
	 * @param onCareTeam whether a user is on the case's current care team
	 * @return the new step's id
	 */
	public UUID addStep(UUID goalId, StepDraft draft, LocalDate openedOn, Predicate<UUID> onCareTeam, UUID by,
			Instant at) {
		goal(goalId);
		requireDraft();
		List<UUID> requires = checkStep(null, draft, openedOn, onCareTeam);
		ActionStep step = ActionStep.add(goalId, this.number, draft.description().strip(), draft.responsible(),
				draft.dueDate(), draft.resourcesNeeded());
		this.steps.add(step);
		keep(step.stepId(), draft.barriers(), requires);
		touch(by, at);
		return step.stepId();
	}

	/** Replaces what a step says, its barriers and its prerequisites. */
	public void updateStep(UUID goalId, UUID stepId, StepDraft draft, LocalDate openedOn, Predicate<UUID> onCareTeam,
			UUID by, Instant at) {
		ActionStep step = step(goalId, stepId);
		requireDraft();
		List<UUID> requires = checkStep(stepId, draft, openedOn, onCareTeam);
		step.revise(draft.description().strip(), draft.responsible(), draft.dueDate(), draft.resourcesNeeded());
		this.barriers.removeIf(b -> b.stepId().equals(stepId));
		this.prerequisites.removeIf(p -> p.stepId().equals(stepId));
		keep(stepId, draft.barriers(), requires);
		touch(by, at);
	}

	/**
	 * Takes a step added in this draft out of it; a step that was in an earlier version
	 * is dropped with a reason instead.
	 */
	public void withdrawStep(UUID goalId, UUID stepId, UUID by, Instant at) {
		ActionStep step = step(goalId, stepId);
		requireDraft();
		if (step.addedIn() != this.number) {
			throw new DomainRuleException("The step was in version " + step.addedIn()
					+ " of the plan: drop it with a reason instead of withdrawing it.");
		}
		List<String> dependents = this.prerequisites.stream()
			.filter(p -> p.requiresStepId().equals(stepId))
			.map(p -> "Step \"" + step(p.stepId()).description() + "\" depends on it.")
			.toList();
		if (!dependents.isEmpty()) {
			throw new DomainRuleException("Other steps depend on this step.", dependents);
		}
		this.steps.remove(step);
		this.barriers.removeIf(b -> b.stepId().equals(stepId));
		this.prerequisites.removeIf(p -> p.stepId().equals(stepId));
		touch(by, at);
	}

	private void keep(UUID stepId, List<Barrier> given, List<UUID> requires) {
		if (given != null) {
			given.forEach(b -> this.barriers.add(new StepBarrier(stepId, b.barrier().strip(), b.mitigation().strip())));
		}
		requires.forEach(r -> this.prerequisites.add(new Prerequisite(stepId, r)));
	}

	/**
	 * Checks a step's input against the plan; the prerequisites it names, once each.
	 * @param stepId the step being changed, or null for a new one
	 */
	private List<UUID> checkStep(UUID stepId, StepDraft draft, LocalDate openedOn, Predicate<UUID> onCareTeam) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft == null) {
			throw new InvalidInputException("body", "must describe the step");
		}
		if (GoalRules.blank(draft.description())) {
			problems.add(new FieldProblem("description", "must say what is done"));
		}
		GoalRules.max(draft.description(), "description", GoalRules.MAX_STATEMENT, problems);
		GoalRules.max(draft.resourcesNeeded(), "resourcesNeeded", GoalRules.MAX_WORDS, problems);
		responsible(draft.responsible(), onCareTeam, problems);
		notBeforeOpening(draft.dueDate(), "dueDate", openedOn, problems);
		List<Barrier> given = draft.barriers() == null ? List.of() : draft.barriers();
		for (int i = 0; i < given.size(); i++) {
			Barrier b = given.get(i);
			if (b == null || GoalRules.blank(b.barrier())) {
				problems.add(new FieldProblem("barriers[" + i + "].barrier", "must say what could get in the way"));
			}
			if (b == null || GoalRules.blank(b.mitigation())) {
				problems
					.add(new FieldProblem("barriers[" + i + "].mitigation", "must say how the barrier will be met"));
			}
			if (b != null) {
				GoalRules.max(b.barrier(), "barriers[" + i + "].barrier", MAX_REASON, problems);
				GoalRules.max(b.mitigation(), "barriers[" + i + "].mitigation", MAX_REASON, problems);
			}
		}
		List<UUID> named = draft.prerequisites() == null ? List.of() : draft.prerequisites();
		Set<UUID> requires = new LinkedHashSet<>();
		for (int i = 0; i < named.size(); i++) {
			UUID required = named.get(i);
			String field = "prerequisites[" + i + "]";
			if (required == null) {
				problems.add(new FieldProblem(field, "must name a step"));
			}
			else if (required.equals(stepId)) {
				problems.add(new FieldProblem(field, "cannot be the step itself"));
			}
			else if (findStep(required) == null) {
				problems.add(new FieldProblem(field, "is not a step of this plan"));
			}
			else {
				requires.add(required);
			}
		}
		if (problems.isEmpty() && stepId != null) {
			List<UUID> cycle = cycle(stepId, requires);
			if (!cycle.isEmpty()) {
				problems.add(new FieldProblem("prerequisites", "would make a cycle: "
						+ String.join(" → ", cycle.stream().map(s -> "\"" + step(s).description() + "\"").toList())));
			}
		}
		refuse(problems);
		return List.copyOf(requires);
	}

	private void responsible(Responsible responsible, Predicate<UUID> onCareTeam, List<FieldProblem> problems) {
		if (responsible == null) {
			return;
		}
		ResponsibleParty party = responsible.party();
		if (party == null) {
			problems.add(new FieldProblem("responsible.party", "must be one of " + List.of(ResponsibleParty.values())));
		}
		else if (party == ResponsibleParty.CARE_TEAM_MEMBER) {
			if (responsible.userId() == null) {
				problems.add(new FieldProblem("responsible.userId", "must name the care team member"));
			}
			else if (!onCareTeam.test(responsible.userId())) {
				problems.add(new FieldProblem("responsible.userId", "is not on the case's current care team"));
			}
		}
		else if (party.namedByText()) {
			if (GoalRules.blank(responsible.name())) {
				problems.add(new FieldProblem("responsible.name", party == ResponsibleParty.OUTSIDE_PROVIDER
						? "must name the provider" : "must name the family member"));
			}
			GoalRules.max(responsible.name(), "responsible.name", MAX_NAME, problems);
		}
	}

	/**
	 * The cycle the step's new prerequisites would close, from the step back to itself,
	 * or nothing.
	 */
	private List<UUID> cycle(UUID stepId, Collection<UUID> requires) {
		Map<UUID, List<UUID>> graph = new HashMap<>();
		this.prerequisites.stream()
			.filter(p -> !p.stepId().equals(stepId))
			.forEach(p -> graph.computeIfAbsent(p.stepId(), k -> new ArrayList<>()).add(p.requiresStepId()));
		graph.put(stepId, List.copyOf(requires));
		List<UUID> path = new ArrayList<>();
		path.add(stepId);
		return reaches(stepId, stepId, graph, path, new HashSet<>()) ? path : List.of();
	}

	private static boolean reaches(UUID from, UUID target, Map<UUID, List<UUID>> graph, List<UUID> path,
			Set<UUID> seen) {
		for (UUID next : graph.getOrDefault(from, List.of())) {
			path.add(next);
			if (next.equals(target)) {
				return true;
			}
			if (seen.add(next) && reaches(next, target, graph, path, seen)) {
				return true;
			}
			path.remove(path.size() - 1);
		}
		return false;
	}

	/** The step's prerequisites that are not done yet. */
	public List<UUID> blockedBy(UUID stepId) {
		return this.prerequisites.stream()
			.filter(p -> p.stepId().equals(stepId))
			.map(Prerequisite::requiresStepId)
			.filter(r -> findStep(r) == null || findStep(r).status() != StepStatus.DONE)
			.toList();
	}

	// carrying the plan out: recorded on the version in force

	/**
	 * Moves a step on. A step waiting for its prerequisites cannot start or be done; a
	 * step done has the day it was done (today unless given), a step dropped the reason.
	 */
	public void changeStepStatus(UUID goalId, UUID stepId, StepStatusChange change, LocalDate today, LocalDate openedOn,
			UUID by, Instant at) {
		ActionStep step = step(goalId, stepId);
		requireCurrent();
		List<FieldProblem> problems = new ArrayList<>();
		StepStatus to = change.status();
		LocalDate on = change.on() == null ? today : change.on();
		if (to == null) {
			problems.add(new FieldProblem("status", "must be one of " + List.of(StepStatus.values())));
		}
		else if (to == step.status()) {
			problems.add(new FieldProblem("status", "is the step's status already"));
		}
		if (to == StepStatus.DONE) {
			if (on.isAfter(today)) {
				problems.add(new FieldProblem("on", "must not be in the future"));
			}
			notBeforeOpening(on, "on", openedOn, problems);
		}
		if (to == StepStatus.DROPPED) {
			reason(change.reason(), "reason", "must say why the step is dropped", problems);
		}
		refuse(problems);
		List<UUID> waiting = blockedBy(stepId);
		if ((to == StepStatus.IN_PROGRESS || to == StepStatus.DONE) && !waiting.isEmpty()) {
			throw new DomainRuleException("The step waits for its prerequisites.",
					waiting.stream().map(w -> "\"" + step(w).description() + "\" is not done yet.").toList());
		}
		step.changeStatus(to, on, to == StepStatus.DROPPED ? change.reason().strip() : null, by, at);
		touch(by, at);
	}

	/** Records a measurement of the goal's indicator and/or a note. */
	public void recordProgress(UUID goalId, ProgressInput input, LocalDate today, LocalDate openedOn, UUID by,
			Instant at) {
		goal(goalId);
		requireCurrent();
		List<FieldProblem> problems = new ArrayList<>();
		if (input.on() == null) {
			problems.add(new FieldProblem("on", "is required"));
		}
		else if (input.on().isAfter(today)) {
			problems.add(new FieldProblem("on", "must not be in the future"));
		}
		else {
			notBeforeOpening(input.on(), "on", openedOn, problems);
		}
		if (input.value() == null && GoalRules.blank(input.note())) {
			problems.add(new FieldProblem("value", "give the indicator's measured value, a note, or both"));
		}
		GoalRules.max(input.note(), "note", GoalRules.MAX_WORDS, problems);
		refuse(problems);
		this.progress.add(new ProgressRow(goalId, input.on(), input.value(), GoalRules.strip(input.note()), by, at));
		touch(by, at);
	}

	/**
	 * Changes a goal's status, kept with who and when; discontinuing needs the reason. An
	 * achieved goal is published ({@link GoalAchieved}).
	 */
	public void changeGoalStatus(UUID goalId, GoalStatusChange change, UUID by, Instant at) {
		Goal goal = goal(goalId);
		requireCurrent();
		List<FieldProblem> problems = new ArrayList<>();
		GoalStatus to = change.status();
		if (to == null) {
			problems.add(new FieldProblem("status", "must be one of " + List.of(GoalStatus.values())));
		}
		else if (to == goal.status()) {
			problems.add(new FieldProblem("status", "is the goal's status already"));
		}
		if (to == GoalStatus.DISCONTINUED) {
			reason(change.reason(), "reason", "must say why the goal is discontinued", problems);
		}
		else {
			GoalRules.max(change.reason(), "reason", MAX_REASON, problems);
		}
		refuse(problems);
		String reason = GoalRules.strip(change.reason());
		this.statusChanges.add(new GoalStatusRow(goalId, goal.status(), to, reason, by, at));
		goal.changeStatus(to, reason);
		touch(by, at);
		if (to == GoalStatus.ACHIEVED) {
			registerEvent(new GoalAchieved(goalId, this.id, this.number, this.caseId, this.clientId, goal.statement(),
					goal.lifeDomain(), latestValue(goalId), by, at));
		}
	}

	private BigDecimal latestValue(UUID goalId) {
		return progressOf(goalId).stream()
			.filter(p -> p.value() != null)
			.reduce((a, b) -> b)
			.map(ProgressRow::value)
			.orElse(null);
	}

	// agreement

	/**
	 * Records the client's agreement to the draft. It comes into force at once, or awaits
	 * a supervisor's approval where the program requires it.
	 * @param check the plan-level check of the draft as it stands
	 * @throws DomainRuleException listing every failure of the check
	 */
	public void agree(AgreementRow agreement, PlanCheck check, boolean approvalRequired, UUID ownerId, Instant at) {
		requireDraft();
		if (!check.passes()) {
			throw new DomainRuleException(
					"The plan is not ready to be agreed: another case manager must be able to "
							+ "see what success looks like, who is responsible, and when progress is reviewed.",
					check.failures().stream().map(PlanIssue::message).toList());
		}
		this.agreements.add(agreement);
		touch(agreement.recordedBy(), at);
		if (approvalRequired) {
			this.status = CarePlanStatus.PENDING_APPROVAL;
			registerEvent(new CarePlanApprovalRequested(this.id, this.number, this.caseId, this.clientId, ownerId, at));
		}
		else {
			comeIntoForce(null, at);
		}
	}

	/** A supervisor approves the agreed plan: it comes into force. */
	public void approve(String comments, UUID by, Instant at) {
		requirePending();
		List<FieldProblem> problems = new ArrayList<>();
		GoalRules.max(comments, "comments", MAX_TEXT, problems);
		refuse(problems);
		this.reviews.add(new ReviewRow(ReviewDecision.APPROVED, GoalRules.strip(comments), by, at));
		touch(by, at);
		comeIntoForce(by, at);
	}

	/**
	 * A supervisor returns the plan to draft with comments; the client agrees again once
	 * it is changed.
	 */
	public void returnToDraft(String comments, UUID by, Instant at) {
		requirePending();
		List<FieldProblem> problems = new ArrayList<>();
		if (GoalRules.blank(comments)) {
			problems.add(new FieldProblem("comments", "must say what is to change"));
		}
		GoalRules.max(comments, "comments", MAX_TEXT, problems);
		refuse(problems);
		this.reviews.add(new ReviewRow(ReviewDecision.RETURNED, comments.strip(), by, at));
		this.status = CarePlanStatus.DRAFT;
		touch(by, at);
	}

	private void comeIntoForce(UUID approvedBy, Instant at) {
		this.status = CarePlanStatus.AGREED;
		this.agreedAt = at;
		AgreementMethod method = this.agreements.get(this.agreements.size() - 1).method();
		registerEvent(new CarePlanAgreed(this.id, this.number, this.caseId, this.clientId, method, approvedBy,
				this.goals.stream().filter(g -> g.status().open()).map(Goal::goalId).toList(), at));
	}

	/**
	 * This version came into force after the previous one: it takes over the statuses and
	 * progress the previous one recorded while this one was drafted.
	 */
	public void takeOverFrom(CarePlan previous) {
		for (Goal goal : this.goals) {
			Goal before = previous.findGoal(goal.goalId());
			if (before == null) {
				continue;
			}
			goal.follow(before);
			this.progress.removeIf(p -> p.goalId().equals(goal.goalId()));
			this.progress.addAll(previous.progressOf(goal.goalId()));
			this.statusChanges.removeIf(c -> c.goalId().equals(goal.goalId()));
			this.statusChanges.addAll(previous.statusChangesOf(goal.goalId()));
		}
		for (ActionStep step : this.steps) {
			ActionStep before = previous.findStep(step.stepId());
			if (before != null) {
				step.follow(before);
			}
		}
	}

	/** A later version came into force. */
	public void supersede(Instant at) {
		if (this.status != CarePlanStatus.AGREED) {
			throw new IllegalStateException("Only the agreed version is superseded");
		}
		this.status = CarePlanStatus.SUPERSEDED;
		this.supersededAt = at;
	}

	// rules

	private void requireDraft() {
		switch (this.status) {
			case DRAFT -> {
			}
			case AGREED -> throw new DomainRuleException("Version " + this.number
					+ " of the plan is agreed: start a new version to change its goals and steps.");
			case PENDING_APPROVAL -> throw new DomainRuleException("Version " + this.number
					+ " of the plan awaits the supervisor's approval: it changes only once it is returned.");
			case SUPERSEDED -> throw new DomainRuleException(
					"Version " + this.number + " of the plan was superseded and stays as it was.");
		}
	}

	private void requirePending() {
		if (this.status != CarePlanStatus.PENDING_APPROVAL) {
			throw new DomainRuleException(
					"Version " + this.number + " of the plan is " + this.status + ", not awaiting approval.");
		}
	}

	private void requireCurrent() {
		if (this.status == CarePlanStatus.SUPERSEDED) {
			throw new DomainRuleException("Version " + this.number
					+ " of the plan was superseded: progress is recorded on the version in force.");
		}
	}

	private void touch(UUID by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	private static void notBeforeOpening(LocalDate date, String field, LocalDate openedOn,
			List<FieldProblem> problems) {
		if (date != null && openedOn != null && date.isBefore(openedOn)) {
			problems.add(new FieldProblem(field, "must not be before the case opened (" + openedOn + ")"));
		}
	}

	private static void reason(String reason, String field, String missing, List<FieldProblem> problems) {
		if (GoalRules.blank(reason)) {
			problems.add(new FieldProblem(field, missing));
		}
		GoalRules.max(reason, field, MAX_REASON, problems);
	}

	private static void refuse(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	// reading

	/**
	 * @throws NotFoundException when the goal is not in this version
	 */
	public Goal goal(UUID goalId) {
		Goal goal = findGoal(goalId);
		if (goal == null) {
			throw new NotFoundException("Goal");
		}
		return goal;
	}

	public Goal findGoal(UUID goalId) {
		return this.goals.stream().filter(g -> g.goalId().equals(goalId)).findFirst().orElse(null);
	}

	/**
	 * @throws NotFoundException when the step is not under the goal in this version
	 */
	public ActionStep step(UUID goalId, UUID stepId) {
		goal(goalId);
		ActionStep step = findStep(stepId);
		if (step == null || !step.goalId().equals(goalId)) {
			throw new NotFoundException("Step");
		}
		return step;
	}

	private ActionStep step(UUID stepId) {
		return Objects.requireNonNull(findStep(stepId));
	}

	public ActionStep findStep(UUID stepId) {
		return this.steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst().orElse(null);
	}

	/** The goal's steps in order. */
	public List<ActionStep> stepsOf(UUID goalId) {
		return this.steps.stream().filter(s -> s.goalId().equals(goalId)).toList();
	}

	public List<Barrier> barriersOf(UUID stepId) {
		return this.barriers.stream()
			.filter(b -> b.stepId().equals(stepId))
			.map(b -> new Barrier(b.barrier(), b.mitigation()))
			.toList();
	}

	public List<UUID> prerequisitesOf(UUID stepId) {
		return this.prerequisites.stream()
			.filter(p -> p.stepId().equals(stepId))
			.map(Prerequisite::requiresStepId)
			.toList();
	}

	/** The reasons the worker gave for the goal's weak elements they accepted. */
	public Map<SmartElement, String> overridesOf(UUID goalId) {
		Map<SmartElement, String> reasons = new HashMap<>();
		this.overrides.stream()
			.filter(o -> o.goalId().equals(goalId))
			.forEach(o -> reasons.put(o.element(), o.reason()));
		return reasons;
	}

	/** The goal's progress entries by the day measured, oldest first. */
	public List<ProgressRow> progressOf(UUID goalId) {
		return this.progress.stream()
			.filter(p -> p.goalId().equals(goalId))
			.sorted(Comparator.comparing(ProgressRow::onDate).thenComparing(ProgressRow::recordedAt))
			.toList();
	}

	public List<GoalStatusRow> statusChangesOf(UUID goalId) {
		return this.statusChanges.stream().filter(c -> c.goalId().equals(goalId)).toList();
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public UUID caseId() {
		return this.caseId;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public int number() {
		return this.number;
	}

	public UUID basedOn() {
		return this.basedOn;
	}

	public CarePlanStatus status() {
		return this.status;
	}

	public String clientGoals() {
		return this.clientGoals;
	}

	public String culturalContext() {
		return this.culturalContext;
	}

	public LocalDate reviewDate() {
		return this.reviewDate;
	}

	public LocalDate horizon() {
		return this.horizon;
	}

	public UUID startedBy() {
		return this.startedBy;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public UUID updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Instant agreedAt() {
		return this.agreedAt;
	}

	public Instant supersededAt() {
		return this.supersededAt;
	}

	/** The goals in the client's order of priority. */
	public List<Goal> goals() {
		return List.copyOf(this.goals);
	}

	public List<ActionStep> steps() {
		return List.copyOf(this.steps);
	}

	public List<AgreementRow> agreements() {
		return List.copyOf(this.agreements);
	}

	public List<ReviewRow> reviews() {
		return List.copyOf(this.reviews);
	}

}
