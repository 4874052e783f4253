package org.casework.careplans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.casework.careplans.PlanCheck;
import org.casework.careplans.PlanIssue;
import org.casework.careplans.SmartFinding;

/**
 * The plan-level check of guide 001's process insight: "would another case manager be
 * able to understand what success looks like, who is responsible, and when progress
 * should be reviewed?" A plan passes when every goal still being worked on has an
 * indicator with a target and a target date and no weak SMART element left unexplained,
 * every open step of those goals has someone responsible and a due date, and the plan has
 * a review date within its horizon. It warns, without blocking, when nothing is due in
 * the first 30 days (guide 000, incremental wins) and when the client's goals in their
 * own words are not written down.
 */
public final class PlanChecker {

	/** Early, achievable wins build confidence: something should be due this soon. */
	public static final int EARLY_WIN_DAYS = 30;

	/** SMART findings that the plan-level check reports as failures of their own. */
	private static final Set<String> REPORTED_AS_FAILURES = Set.of("no-indicator", "no-target", "no-target-date");

	private final SmartChecker smart;

	public PlanChecker(SmartChecker smart) {
		this.smart = smart;
	}

	public PlanCheck check(CarePlan plan, LocalDate today) {
		List<PlanIssue> failures = new ArrayList<>();
		List<PlanIssue> warnings = new ArrayList<>();
		List<Goal> open = plan.goals().stream().filter(g -> g.status().open()).toList();
		if (open.isEmpty()) {
			failures.add(new PlanIssue("no-goals", null, null, "The plan has no goal being worked on."));
		}
		List<LocalDate> dueDates = new ArrayList<>();
		List<Goal> goals = plan.goals();
		for (Goal goal : open) {
			String name = "Goal " + (goals.indexOf(goal) + 1) + " \"" + goal.label() + "\"";
			if (goal.indicator() == null || !goal.indicator().complete()) {
				failures.add(new PlanIssue("goal-no-indicator", goal.goalId(), null,
						name + " has no indicator with a target: success cannot be measured."));
			}
			if (goal.targetDate() == null) {
				failures.add(new PlanIssue("goal-no-target-date", goal.goalId(), null, name + " has no target date."));
			}
			else {
				dueDates.add(goal.targetDate());
			}
			for (SmartFinding finding : this.smart.check(goal.draft(), today, plan.horizon(),
					plan.overridesOf(goal.goalId()))) {
				if (!finding.overridden() && !REPORTED_AS_FAILURES.contains(finding.code())) {
					failures.add(new PlanIssue("goal-weak", goal.goalId(), null, name + ", " + words(finding) + ": "
							+ finding.message() + " Strengthen it, or override the warning with a reason."));
				}
			}
			for (ActionStep step : plan.stepsOf(goal.goalId())) {
				if (!step.status().open()) {
					continue;
				}
				String stepName = "Step \"" + step.description() + "\" of goal " + (goals.indexOf(goal) + 1);
				if (step.responsible() == null) {
					failures.add(new PlanIssue("step-no-owner", goal.goalId(), step.stepId(),
							stepName + " has nobody responsible."));
				}
				if (step.dueDate() == null) {
					failures.add(new PlanIssue("step-no-due-date", goal.goalId(), step.stepId(),
							stepName + " has no due date."));
				}
				else {
					dueDates.add(step.dueDate());
				}
			}
		}
		review(plan, today, failures);
		LocalDate soon = today.plusDays(EARLY_WIN_DAYS);
		if (!open.isEmpty() && dueDates.stream().noneMatch(d -> !d.isBefore(today) && !d.isAfter(soon))) {
			warnings.add(new PlanIssue("no-early-win", null, null, "Nothing is due in the first " + EARLY_WIN_DAYS
					+ " days: an early, achievable goal or step builds the client's confidence."));
		}
		if (GoalRules.blank(plan.clientGoals())) {
			warnings.add(new PlanIssue("no-client-goals", null, null,
					"The client's goals in their own words are not written down."));
		}
		return PlanCheck.of(failures, warnings);
	}

	private static void review(CarePlan plan, LocalDate today, List<PlanIssue> failures) {
		LocalDate review = plan.reviewDate();
		if (review == null) {
			failures.add(new PlanIssue("no-review-date", null, null,
					"The plan has no review date: say when progress is reviewed with the client."));
		}
		else if (review.isBefore(today)) {
			failures
				.add(new PlanIssue("review-date-past", null, null, "The review date " + review + " is in the past."));
		}
		else if (plan.horizon() != null && review.isAfter(plan.horizon())) {
			failures.add(new PlanIssue("review-date-beyond-horizon", null, null,
					"The review date " + review + " is beyond the plan's horizon (" + plan.horizon() + ")."));
		}
	}

	private static String words(SmartFinding finding) {
		return Stream.of(finding.element().name().split("_"))
			.map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
			.reduce((a, b) -> a + "-" + b)
			.orElseThrow();
	}

}
