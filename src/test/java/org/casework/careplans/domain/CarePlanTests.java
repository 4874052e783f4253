package org.casework.careplans.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.casework.careplans.AgreementMethod;
import org.casework.careplans.Barrier;
import org.casework.careplans.CarePlanAgreed;
import org.casework.careplans.CarePlanApprovalRequested;
import org.casework.careplans.CarePlanStatus;
import org.casework.careplans.ChangeKind;
import org.casework.careplans.Direction;
import org.casework.careplans.GoalAchieved;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.GoalStatus;
import org.casework.careplans.GoalStatusChange;
import org.casework.careplans.Indicator;
import org.casework.careplans.ItemChange;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.ProgressInput;
import org.casework.careplans.Responsible;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.ReviewDecision;
import org.casework.careplans.SmartElement;
import org.casework.careplans.SmartOverride;
import org.casework.careplans.StepDraft;
import org.casework.careplans.StepStatus;
import org.casework.careplans.StepStatusChange;
import org.casework.careplans.VersionChanges;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casework.careplans.domain.CarePlanFixtures.DANA;
import static org.casework.careplans.domain.CarePlanFixtures.HORIZON;
import static org.casework.careplans.domain.CarePlanFixtures.LUIS;
import static org.casework.careplans.domain.CarePlanFixtures.NOW;
import static org.casework.careplans.domain.CarePlanFixtures.OPENED;
import static org.casework.careplans.domain.CarePlanFixtures.SMART;
import static org.casework.careplans.domain.CarePlanFixtures.TODAY;
import static org.casework.careplans.domain.CarePlanFixtures.draft;
import static org.casework.careplans.domain.CarePlanFixtures.idGoal;
import static org.casework.careplans.domain.CarePlanFixtures.leaseGoal;
import static org.casework.careplans.domain.CarePlanFixtures.step;
import static org.casework.careplans.domain.CarePlanFixtures.withIndicator;
import static org.casework.careplans.domain.CarePlanFixtures.withTargetDate;

class CarePlanTests {

	private static final Instant LATER = NOW.plus(Duration.ofDays(10));

	private final PlanChecker checker = new PlanChecker(SMART);

	@Test
	void theFirstPlanOffersTheAssessmentsGoalAreasAsGoalsWithoutAStatement() {
		CarePlan plan = CarePlan.start(UUID.randomUUID(), UUID.randomUUID(), HORIZON, "A home.", null,
				List.of(new GoalArea("basic-needs", "Basic needs"), new GoalArea("food", "Food"),
						new GoalArea("unknown-area", "Something else")),
				DANA, NOW);
		assertThat(plan.number()).isEqualTo(1);
		assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);
		assertThat(plan.goals()).extracting(Goal::goalArea, Goal::lifeDomain, Goal::statement, Goal::status)
			.containsExactly(tuple("basic-needs", "basic-needs", null, GoalStatus.NOT_STARTED),
					tuple("food", "basic-needs", null, GoalStatus.NOT_STARTED),
					tuple("unknown-area", null, null, GoalStatus.NOT_STARTED));
		assertThat(plan.goals().get(1).label()).isEqualTo("Food");
	}

	@Test
	void stepsDependOnStepsOfThisPlanAndWaitForThem() {
		CarePlan plan = draft();
		UUID goal = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		UUID id = plan.addStep(goal, step("Get a birth certificate", TODAY.plusDays(7)), OPENED, u -> true, DANA, NOW);
		UUID apply = plan.addStep(goal, step("Apply for housing assistance", TODAY.plusDays(20), id), OPENED, u -> true,
				DANA, NOW);
		assertThat(plan.prerequisitesOf(apply)).containsExactly(id);
		assertThat(plan.blockedBy(apply)).containsExactly(id);

		assertThatThrownBy(() -> plan.changeStepStatus(goal, apply,
				new StepStatusChange(StepStatus.IN_PROGRESS, null, null), TODAY, OPENED, DANA, NOW))
			.isInstanceOfSatisfying(DomainRuleException.class,
					ex -> assertThat(ex.reasons()).containsExactly("\"Get a birth certificate\" is not done yet."));
		plan.changeStepStatus(goal, id, new StepStatusChange(StepStatus.DONE, null, null), TODAY, OPENED, DANA, NOW);
		assertThat(plan.findStep(id).completedOn()).isEqualTo(TODAY);
		assertThat(plan.blockedBy(apply)).isEmpty();
		plan.changeStepStatus(goal, apply, new StepStatusChange(StepStatus.IN_PROGRESS, null, null), TODAY, OPENED,
				DANA, NOW);
		assertThat(plan.findStep(apply).status()).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void prerequisitesThatCloseACycleAreRefused() {
		CarePlan plan = draft();
		UUID goal = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		UUID a = plan.addStep(goal, step("Get a birth certificate", TODAY.plusDays(7)), OPENED, u -> true, DANA, NOW);
		UUID b = plan.addStep(goal, step("Get a state ID", TODAY.plusDays(14), a), OPENED, u -> true, DANA, NOW);
		UUID c = plan.addStep(goal, step("Apply for housing assistance", TODAY.plusDays(20), b), OPENED, u -> true,
				DANA, NOW);
		assertThatThrownBy(() -> plan.updateStep(goal, a, step("Get a birth certificate", TODAY.plusDays(7), c), OPENED,
				u -> true, DANA, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
						assertThat(p.field()).isEqualTo("prerequisites");
						assertThat(p.message()).isEqualTo("would make a cycle: \"Get a birth certificate\" → "
								+ "\"Apply for housing assistance\" → \"Get a state ID\" → \"Get a birth certificate\"");
					}));
		assertThat(plan.prerequisitesOf(a)).isEmpty();
		assertThatThrownBy(() -> plan.updateStep(goal, a, step("Get a birth certificate", TODAY.plusDays(7), a), OPENED,
				u -> true, DANA, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactly("prerequisites[0]"));
	}

	@Test
	void aPrerequisiteFromAnotherPlanIsRefusedNamingTheField() {
		CarePlan other = draft();
		UUID otherGoal = other.addGoal(leaseGoal(), OPENED, DANA, NOW);
		UUID otherStep = other.addStep(otherGoal, step("Their step", TODAY.plusDays(7)), OPENED, u -> true, DANA, NOW);
		CarePlan plan = draft();
		UUID goal = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		UUID mine = plan.addStep(goal, step("My step", TODAY.plusDays(7)), OPENED, u -> true, DANA, NOW);
		assertThatThrownBy(() -> plan.addStep(goal, step("Next", TODAY.plusDays(9), mine, otherStep), OPENED, u -> true,
				DANA, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("prerequisites[1]", "is not a step of this plan")));
		assertThat(plan.stepsOf(goal)).hasSize(1);
	}

	@Test
	void anOwnerMustBeOnTheCareTeamAndNamedPartiesNeedAName() {
		CarePlan plan = draft();
		UUID goal = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		StepDraft byLuis = new StepDraft("Check the lease",
				new Responsible(ResponsibleParty.CARE_TEAM_MEMBER, LUIS, null), TODAY.plusDays(5), null, List.of(),
				List.of());
		assertThatThrownBy(() -> plan.addStep(goal, byLuis, OPENED, DANA::equals, DANA, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("responsible.userId", "is not on the case's current care team")));
		UUID step = plan.addStep(goal, byLuis, OPENED, Set.of(DANA, LUIS)::contains, DANA, NOW);
		assertThat(plan.findStep(step).responsible()).isEqualTo(byLuis.responsible());

		StepDraft provider = new StepDraft("Hold the apartment",
				new Responsible(ResponsibleParty.OUTSIDE_PROVIDER, null, " "), null, null,
				List.of(new Barrier("No phone credit", " ")), List.of());
		assertThatThrownBy(() -> plan.addStep(goal, provider, OPENED, u -> true, DANA, NOW)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("responsible.name", "barriers[0].mitigation"));
	}

	@Test
	void badGoalInputIsRefusedNamingTheField() {
		CarePlan plan = draft();
		GoalDraft backwards = withIndicator(leaseGoal(), new Indicator("interviews a week", "interviews",
				new BigDecimal("3"), BigDecimal.ONE, Direction.INCREASE));
		assertThatThrownBy(() -> plan.addGoal(backwards, OPENED, DANA, NOW)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.problems()).containsExactly(new FieldProblem("indicator.target",
						"must be above the baseline (3) when the direction is INCREASE")));
		assertThatThrownBy(() -> plan.addGoal(withTargetDate(leaseGoal(), OPENED.minusDays(1)), OPENED, DANA, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("targetDate", "must not be before the case opened (2026-03-02)")));
		assertThatThrownBy(() -> plan.addGoal(new GoalDraft(" ", null, "housing", null, null, null, null, null, null),
				OPENED, DANA, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactly("statement", "lifeDomain"));
		assertThat(plan.goals()).isEmpty();
	}

	@Test
	void theClientsOrderOfPriorityIsKept() {
		CarePlan plan = draft();
		UUID lease = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		UUID id = plan.addGoal(idGoal(), OPENED, DANA, NOW);
		plan.reorderGoals(List.of(id, lease), DANA, NOW);
		assertThat(plan.goals()).extracting(Goal::goalId).containsExactly(id, lease);
		assertThatThrownBy(() -> plan.reorderGoals(List.of(id, id), DANA, NOW)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("goalIds"));
	}

	@Test
	void aWarningIsOverriddenOnlyWhereThereIsOneAndWithAReason() {
		CarePlan plan = draft();
		UUID goal = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		assertThatThrownBy(
				() -> plan.overrideWarning(goal, new SmartOverride(SmartElement.SPECIFIC, "Fine"), Set.of(), DANA, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("element", "has no warning to override")));
		assertThatThrownBy(() -> plan.overrideWarning(goal, new SmartOverride(SmartElement.SPECIFIC, " "),
				Set.of(SmartElement.SPECIFIC), DANA, NOW))
			.isInstanceOf(InvalidInputException.class);
		plan.overrideWarning(goal, new SmartOverride(SmartElement.SPECIFIC, "First"), Set.of(SmartElement.SPECIFIC),
				DANA, NOW);
		plan.overrideWarning(goal, new SmartOverride(SmartElement.SPECIFIC, "Second thoughts"),
				Set.of(SmartElement.SPECIFIC), DANA, NOW);
		assertThat(plan.overridesOf(goal)).containsExactly(Map.entry(SmartElement.SPECIFIC, "Second thoughts"));
	}

	@Test
	void agreeingAPlanThatFailsTheCheckIsRefusedListingEveryFailure() {
		CarePlan plan = CarePlan.start(UUID.randomUUID(), UUID.randomUUID(), HORIZON, null, null, List.of(), DANA, NOW);
		UUID goal = plan.addGoal(new GoalDraft("A job", null, null, null, null, null, null, null, null), OPENED, DANA,
				NOW);
		plan.addStep(goal, new StepDraft("Update the CV", null, null, null, null, null), OPENED, u -> true, DANA, NOW);
		assertThatThrownBy(() -> plan.agree(verbal(), this.checker.check(plan, TODAY), false, DANA, NOW))
			.isInstanceOfSatisfying(DomainRuleException.class,
					ex -> assertThat(ex.reasons()).hasSize(8)
						.anyMatch(r -> r.contains("has no indicator"))
						.anyMatch(r -> r.contains("has no target date"))
						.anyMatch(r -> r.contains("Specific"))
						.anyMatch(r -> r.contains("Achievable"))
						.anyMatch(r -> r.contains("Relevant"))
						.anyMatch(r -> r.contains("nobody responsible"))
						.anyMatch(r -> r.contains("no due date"))
						.anyMatch(r -> r.contains("no review date")));
		assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);
		assertThat(plan.agreements()).isEmpty();
	}

	@Test
	void agreeingV2SupersedesV1WhichStaysAsItWas() {
		CarePlan v1 = agreedPlan();
		UUID lease = v1.goals().get(0).goalId();
		assertThat(v1.status()).isEqualTo(CarePlanStatus.AGREED);
		assertThat(events(v1)).singleElement().isInstanceOf(CarePlanAgreed.class);

		CarePlan v2 = v1.nextVersion(DANA, LATER);
		assertThat(v2.number()).isEqualTo(2);
		assertThat(v2.basedOn()).isEqualTo(v1.id());
		assertThat(v2.status()).isEqualTo(CarePlanStatus.DRAFT);
		assertThat(v2.goals()).extracting(Goal::goalId).containsExactly(lease);
		assertThat(v2.steps()).extracting(ActionStep::stepId)
			.isEqualTo(v1.steps().stream().map(ActionStep::stepId).toList());

		UUID id = v2.addGoal(idGoal(), OPENED, DANA, LATER);
		v2.updateGoal(lease, withTargetDate(leaseGoal(), TODAY.plusMonths(6)), OPENED, DANA, LATER);
		// progress is recorded on the version in force while v2 is drafted
		v1.recordProgress(lease, new ProgressInput(TODAY, BigDecimal.ZERO, "Viewed two flats"), TODAY, OPENED, DANA,
				LATER);
		v1.changeGoalStatus(lease, new GoalStatusChange(GoalStatus.IN_PROGRESS, null), DANA, LATER);

		v2.agree(verbal(), this.checker.check(v2, TODAY), false, DANA, LATER);
		v2.takeOverFrom(v1);
		v1.supersede(LATER);

		assertThat(v1.status()).isEqualTo(CarePlanStatus.SUPERSEDED);
		assertThat(v1.goals()).extracting(Goal::goalId).containsExactly(lease);
		assertThat(v1.goal(lease).targetDate()).isEqualTo(TODAY.plusMonths(4));
		assertThat(v2.status()).isEqualTo(CarePlanStatus.AGREED);
		assertThat(v2.goal(lease).status()).isEqualTo(GoalStatus.IN_PROGRESS);
		assertThat(v2.progressOf(lease)).extracting(ProgressRow::note).containsExactly("Viewed two flats");

		VersionChanges changes = VersionComparison.between(v1, v2);
		assertThat(changes.comparedWith()).isEqualTo(1);
		assertThat(changes.goals()).extracting(ItemChange::id, ItemChange::kind, ItemChange::fields)
			.containsExactly(tuple(lease, ChangeKind.CHANGED, List.of("targetDate")),
					tuple(id, ChangeKind.ADDED, List.of()));
		assertThat(changes.planFields()).isEmpty();
		assertThatThrownBy(() -> v1.addGoal(idGoal(), OPENED, DANA, LATER)).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void anAgreedPlanIsNotEditedButItsGoalsAndStepsMoveOn() {
		CarePlan plan = agreedPlan();
		UUID lease = plan.goals().get(0).goalId();
		UUID step = plan.stepsOf(lease).get(0).stepId();
		assertThatThrownBy(() -> plan.updateGoal(lease, idGoal(), OPENED, DANA, LATER))
			.isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("start a new version");
		assertThatThrownBy(() -> plan.revise(new PlanDetails(null, null, null, null), OPENED, TODAY, DANA, LATER))
			.isInstanceOf(DomainRuleException.class);
		plan.changeStepStatus(lease, step, new StepStatusChange(StepStatus.DROPPED, null, "The office closed."), TODAY,
				OPENED, DANA, LATER);
		assertThat(plan.findStep(step).statusReason()).isEqualTo("The office closed.");
		plan.changeGoalStatus(lease, new GoalStatusChange(GoalStatus.ACHIEVED, null), LUIS, LATER);
		assertThat(plan.statusChangesOf(lease))
			.extracting(GoalStatusRow::statusFrom, GoalStatusRow::statusTo, GoalStatusRow::changedBy)
			.containsExactly(tuple(GoalStatus.NOT_STARTED, GoalStatus.ACHIEVED, LUIS));
		assertThat(events(plan)).last()
			.isInstanceOfSatisfying(GoalAchieved.class, e -> assertThat(e.goalId()).isEqualTo(lease));
	}

	@Test
	void statusChangesNeedTheirReasonsAndSaneDates() {
		CarePlan plan = agreedPlan();
		UUID lease = plan.goals().get(0).goalId();
		UUID step = plan.stepsOf(lease).get(0).stepId();
		assertThatThrownBy(
				() -> plan.changeGoalStatus(lease, new GoalStatusChange(GoalStatus.DISCONTINUED, null), DANA, LATER))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("reason"));
		assertThatThrownBy(() -> plan.changeStepStatus(lease, step,
				new StepStatusChange(StepStatus.DONE, TODAY.plusDays(1), null), TODAY, OPENED, DANA, LATER))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("on"));
		assertThatThrownBy(() -> plan.recordProgress(lease,
				new ProgressInput(OPENED.minusDays(1), BigDecimal.ONE, null), TODAY, OPENED, DANA, LATER))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("on", "must not be before the case opened (2026-03-02)")));
		assertThatThrownBy(
				() -> plan.recordProgress(lease, new ProgressInput(TODAY, null, " "), TODAY, OPENED, DANA, LATER))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("value"));
	}

	@Test
	void aProgramThatRequiresApprovalHoldsThePlanUntilTheSupervisorApprovesOrReturnsIt() {
		CarePlan plan = readyDraft();
		plan.agree(verbal(), this.checker.check(plan, TODAY), true, DANA, NOW);
		assertThat(plan.status()).isEqualTo(CarePlanStatus.PENDING_APPROVAL);
		assertThat(events(plan)).singleElement().isInstanceOf(CarePlanApprovalRequested.class);
		assertThatThrownBy(() -> plan.addGoal(idGoal(), OPENED, DANA, NOW)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("awaits the supervisor's approval");
		assertThatThrownBy(() -> plan.returnToDraft(" ", LUIS, LATER)).isInstanceOf(InvalidInputException.class);
		plan.returnToDraft("Add who drives her to the viewings.", LUIS, LATER);
		assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);
		plan.agree(verbal(), this.checker.check(plan, TODAY), true, DANA, LATER);
		plan.approve(null, LUIS, LATER);
		assertThat(plan.status()).isEqualTo(CarePlanStatus.AGREED);
		assertThat(plan.agreedAt()).isEqualTo(LATER);
		assertThat(plan.agreements()).hasSize(2);
		assertThat(plan.reviews()).extracting(ReviewRow::decision)
			.containsExactly(ReviewDecision.RETURNED, ReviewDecision.APPROVED);
		assertThat(events(plan)).last()
			.isInstanceOfSatisfying(CarePlanAgreed.class, e -> assertThat(e.approvedBy()).isEqualTo(LUIS));
	}

	@Test
	void onlyWhatThisDraftAddedIsWithdrawnTheRestIsDiscontinuedOrDropped() {
		CarePlan v2 = agreedPlan().nextVersion(DANA, LATER);
		UUID lease = v2.goals().get(0).goalId();
		UUID carried = v2.stepsOf(lease).get(0).stepId();
		assertThatThrownBy(() -> v2.withdrawGoal(lease, DANA, LATER)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("discontinue it");
		assertThatThrownBy(() -> v2.withdrawStep(lease, carried, DANA, LATER)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("drop it");
		UUID id = v2.addGoal(idGoal(), OPENED, DANA, LATER);
		UUID idStep = v2.addStep(id, step("Book the DMV appointment", TODAY.plusDays(3)), OPENED, u -> true, DANA,
				LATER);
		UUID dependent = v2.addStep(lease, step("Show the ID to the landlord", TODAY.plusDays(30), idStep), OPENED,
				u -> true, DANA, LATER);
		assertThatThrownBy(() -> v2.withdrawGoal(id, DANA, LATER)).isInstanceOf(DomainRuleException.class);
		v2.withdrawStep(lease, dependent, DANA, LATER);
		v2.withdrawGoal(id, DANA, LATER);
		assertThat(v2.goals()).extracting(Goal::goalId).containsExactly(lease);
		assertThat(v2.steps()).extracting(ActionStep::stepId).containsExactly(carried);
		assertThatThrownBy(() -> v2.goal(id)).isInstanceOf(NotFoundException.class);
	}

	/** A draft that passes the plan-level check: one goal, one step, a review date. */
	private static CarePlan readyDraft() {
		CarePlan plan = draft();
		UUID lease = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		plan.addStep(lease, step("Bring two pay slips to the housing office", TODAY.plusDays(10)), OPENED, u -> true,
				DANA, NOW);
		return plan;
	}

	private CarePlan agreedPlan() {
		CarePlan plan = readyDraft();
		plan.agree(verbal(), this.checker.check(plan, TODAY), false, DANA, NOW);
		return plan;
	}

	private static AgreementRow verbal() {
		return AgreementRow.of(AgreementMethod.VERBAL, TODAY, null, "Rosa Diaz (interpreter)", "This is my plan.", DANA,
				NOW);
	}

	private static List<Object> events(CarePlan plan) {
		return List.copyOf(ReflectionTestUtils.<Collection<Object>>invokeMethod(plan, "domainEvents"));
	}

}
