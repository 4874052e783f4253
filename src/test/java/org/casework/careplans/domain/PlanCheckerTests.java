package org.casework.careplans.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.careplans.Direction;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.GoalStatus;
import org.casework.careplans.GoalStatusChange;
import org.casework.careplans.Indicator;
import org.casework.careplans.PlanCheck;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.PlanIssue;
import org.casework.careplans.SmartElement;
import org.casework.careplans.SmartOverride;
import org.casework.careplans.StepDraft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.careplans.domain.CarePlanFixtures.DANA;
import static org.casework.careplans.domain.CarePlanFixtures.HORIZON;
import static org.casework.careplans.domain.CarePlanFixtures.NOW;
import static org.casework.careplans.domain.CarePlanFixtures.OPENED;
import static org.casework.careplans.domain.CarePlanFixtures.SMART;
import static org.casework.careplans.domain.CarePlanFixtures.TODAY;
import static org.casework.careplans.domain.CarePlanFixtures.draft;
import static org.casework.careplans.domain.CarePlanFixtures.idGoal;
import static org.casework.careplans.domain.CarePlanFixtures.leaseGoal;
import static org.casework.careplans.domain.CarePlanFixtures.step;
import static org.casework.careplans.domain.CarePlanFixtures.withStatement;

class PlanCheckerTests {

	private final PlanChecker checker = new PlanChecker(SMART);

	@Test
	void aPlanAnotherCaseManagerUnderstandsPasses() {
		CarePlan plan = draft();
		UUID lease = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		plan.addStep(lease, step("Bring two pay slips to the housing office", TODAY.plusDays(10)), OPENED, u -> true,
				DANA, NOW);
		PlanCheck check = this.checker.check(plan, TODAY);
		assertThat(check.passes()).isTrue();
		assertThat(check.failures()).isEmpty();
		assertThat(check.warnings()).isEmpty();
	}

	@Test
	void anEmptyPlanWithoutAReviewDateFails() {
		CarePlan plan = CarePlan.start(UUID.randomUUID(), UUID.randomUUID(), HORIZON, null, null, List.of(), DANA, NOW);
		PlanCheck check = this.checker.check(plan, TODAY);
		assertThat(check.passes()).isFalse();
		assertThat(check.failures()).extracting(PlanIssue::code).containsExactly("no-goals", "no-review-date");
		assertThat(check.warnings()).extracting(PlanIssue::code).containsExactly("no-client-goals");
	}

	@Test
	void everyGoalNeedsAnIndicatorAndATargetDateAndEveryStepAnOwnerAndADueDate() {
		CarePlan plan = draft();
		UUID goal = plan.addGoal(
				new GoalDraft("I want a job.", "Start a paid job of at least 20 hours a week", "employment-education",
						null, "She wants to provide for her kids.", "Two years in retail before.", null, null, null),
				OPENED, DANA, NOW);
		UUID step = plan.addStep(goal, new StepDraft("Update the CV", null, null, null, List.of(), List.of()), OPENED,
				u -> true, DANA, NOW);
		PlanCheck check = this.checker.check(plan, TODAY);
		assertThat(check.failures()).extracting(PlanIssue::code)
			.containsExactly("goal-no-indicator", "goal-no-target-date", "step-no-owner", "step-no-due-date");
		assertThat(check.failures()).extracting(PlanIssue::goalId).containsOnly(goal);
		assertThat(check.failures().get(2).stepId()).isEqualTo(step);
		assertThat(check.failures().get(0).message())
			.isEqualTo("Goal 1 \"Start a paid job of at least 20 hours a week\" has no indicator with a target: "
					+ "success cannot be measured.");
		assertThat(check.failures().get(3).message()).isEqualTo("Step \"Update the CV\" of goal 1 has no due date.");
	}

	@Test
	void anUnoverriddenWarningBlocksAgreementAndAnOverriddenOneDoesNot() {
		CarePlan plan = draft();
		UUID goal = plan.addGoal(withStatement(leaseGoal(), "Get stable housing"), OPENED, DANA, NOW);
		plan.addStep(goal, step("Call the housing office", TODAY.plusDays(3)), OPENED, u -> true, DANA, NOW);
		PlanCheck before = this.checker.check(plan, TODAY);
		assertThat(before.failures()).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("goal-weak");
			assertThat(f.message()).startsWith("Goal 1 \"Get stable housing\", Specific: \"get stable\" is vague");
		});
		plan.overrideWarning(goal,
				new SmartOverride(SmartElement.SPECIFIC, "Her words; the indicator counts the lease signed."),
				Set.of(SmartElement.SPECIFIC), DANA, NOW);
		assertThat(this.checker.check(plan, TODAY).passes()).isTrue();
	}

	@Test
	void overridingAWarningDoesNotExcuseAMissingIndicatorOrTargetDate() {
		CarePlan plan = draft();
		GoalDraft g = leaseGoal();
		UUID goal = plan.addGoal(new GoalDraft(g.clientWords(), g.statement(), g.lifeDomain(), null, g.relevance(),
				g.achievability(), null, null, null), OPENED, DANA, NOW);
		plan.overrideWarning(goal, new SmartOverride(SmartElement.MEASURABLE, "Hard to count"),
				Set.of(SmartElement.MEASURABLE, SmartElement.TIME_BOUND), DANA, NOW);
		plan.overrideWarning(goal, new SmartOverride(SmartElement.TIME_BOUND, "Depends on the waiting list"),
				Set.of(SmartElement.MEASURABLE, SmartElement.TIME_BOUND), DANA, NOW);
		assertThat(this.checker.check(plan, TODAY).failures()).extracting(PlanIssue::code)
			.containsExactly("goal-no-indicator", "goal-no-target-date");
	}

	@Test
	void discontinuedGoalsAndDoneOrDroppedStepsAreNotChecked() {
		CarePlan plan = draft();
		plan.addGoal(idGoal(), OPENED, DANA, NOW);
		UUID vague = plan.addGoal(new GoalDraft("Feel better", null, null, null, null, null, null, null, null), OPENED,
				DANA, NOW);
		plan.changeGoalStatus(vague, new GoalStatusChange(GoalStatus.DISCONTINUED, "She chose to focus on the ID."),
				DANA, NOW);
		assertThat(this.checker.check(plan, TODAY).passes()).isTrue();
	}

	@Test
	void theReviewDateMustBeAheadAndWithinTheHorizon() {
		CarePlan plan = draft();
		plan.addGoal(idGoal(), OPENED, DANA, NOW);
		plan.revise(new PlanDetails("A home", null, TODAY.minusDays(1), null), OPENED, TODAY, DANA, NOW);
		assertThat(this.checker.check(plan, TODAY).failures()).extracting(PlanIssue::code)
			.containsExactly("review-date-past");
		plan.revise(new PlanDetails("A home", null, HORIZON.plusDays(1), null), OPENED, TODAY, DANA, NOW);
		assertThat(this.checker.check(plan, TODAY).failures()).extracting(PlanIssue::code)
			.containsExactly("review-date-beyond-horizon");
		plan.revise(new PlanDetails("A home", null, TODAY, null), OPENED, TODAY, DANA, NOW);
		assertThat(this.checker.check(plan, TODAY).passes()).isTrue();
	}

	@Test
	void nothingDueInTheFirstThirtyDaysIsAWarningOnly() {
		CarePlan plan = draft();
		UUID lease = plan.addGoal(leaseGoal(), OPENED, DANA, NOW);
		plan.addStep(lease, step("Visit three apartments", TODAY.plusDays(31)), OPENED, u -> true, DANA, NOW);
		PlanCheck late = this.checker.check(plan, TODAY);
		assertThat(late.passes()).isTrue();
		assertThat(late.warnings()).extracting(PlanIssue::code).containsExactly("no-early-win");

		CarePlan early = draft();
		UUID goal = early.addGoal(leaseGoal(), OPENED, DANA, NOW);
		early.addStep(goal, step("Visit three apartments", TODAY.plusDays(30)), OPENED, u -> true, DANA, NOW);
		assertThat(this.checker.check(early, TODAY).warnings()).isEmpty();
	}

	@Test
	void aTargetBelowTheBaselineOfADecreasingIndicatorIsFine() {
		CarePlan plan = draft();
		GoalDraft g = leaseGoal();
		plan.addGoal(new GoalDraft("Stop missing my doctor's appointments.", "Miss no more than 1 appointment a month",
				"health-wellness",
				new Indicator("appointments missed a month", "appointments", new BigDecimal("4"), BigDecimal.ONE,
						Direction.DECREASE),
				g.relevance(), g.achievability(), TODAY.plusDays(20), null, null), OPENED, DANA, NOW);
		assertThat(this.checker.check(plan, TODAY).passes()).isTrue();
	}

}
