package org.casework.careplans.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.casework.careplans.ChangeKind;
import org.casework.careplans.Indicator;
import org.casework.careplans.ItemChange;
import org.casework.careplans.VersionChanges;

/**
 * What a plan version changed from the one before it: the plan's own fields, and goals
 * and steps (matched by their ids, which stay the same across versions) added, removed or
 * changed, field by field. Progress and statuses are not compared: they are recorded as
 * the plan is carried out, not agreed.
 */
public final class VersionComparison {

	private static final List<Field<CarePlan>> PLAN_FIELDS = List.of(
			new Field<>("clientGoalsInOwnWords", CarePlan::clientGoals),
			new Field<>("culturalContext", CarePlan::culturalContext), new Field<>("reviewDate", CarePlan::reviewDate),
			new Field<>("horizon", CarePlan::horizon));

	private static final List<Field<Goal>> GOAL_FIELDS = List.of(new Field<>("clientWords", Goal::clientWords),
			new Field<>("statement", Goal::statement), new Field<>("lifeDomain", Goal::lifeDomain),
			new Field<>("indicator", Goal::indicator), new Field<>("relevance", Goal::relevance),
			new Field<>("achievability", Goal::achievability), new Field<>("targetDate", Goal::targetDate),
			new Field<>("outputMetric", Goal::outputMetric), new Field<>("outcomeMetric", Goal::outcomeMetric));

	private static final List<Field<ActionStep>> STEP_FIELDS = List.of(
			new Field<>("description", ActionStep::description), new Field<>("responsible", ActionStep::responsible),
			new Field<>("dueDate", ActionStep::dueDate), new Field<>("resourcesNeeded", ActionStep::resourcesNeeded));

	private VersionComparison() {
	}

	public static VersionChanges between(CarePlan previous, CarePlan current) {
		List<String> planFields = PLAN_FIELDS.stream()
			.filter(f -> !Objects.equals(f.value().apply(previous), f.value().apply(current)))
			.map(Field::name)
			.toList();
		return new VersionChanges(previous.number(), planFields, goals(previous, current), steps(previous, current));
	}

	private static List<ItemChange> goals(CarePlan previous, CarePlan current) {
		List<ItemChange> changes = new ArrayList<>();
		List<Goal> before = previous.goals();
		List<Goal> after = current.goals();
		for (Goal goal : after) {
			Goal was = previous.findGoal(goal.goalId());
			if (was == null) {
				changes.add(new ItemChange(goal.goalId(), null, goal.label(), ChangeKind.ADDED, List.of()));
				continue;
			}
			List<String> fields = new ArrayList<>(differences(GOAL_FIELDS, was, goal));
			if (before.indexOf(was) != after.indexOf(goal)) {
				fields.add("priority");
			}
			if (!fields.isEmpty()) {
				changes.add(new ItemChange(goal.goalId(), null, goal.label(), ChangeKind.CHANGED, fields));
			}
		}
		before.stream()
			.filter(g -> current.findGoal(g.goalId()) == null)
			.forEach(g -> changes.add(new ItemChange(g.goalId(), null, g.label(), ChangeKind.REMOVED, List.of())));
		return changes;
	}

	private static List<ItemChange> steps(CarePlan previous, CarePlan current) {
		List<ItemChange> changes = new ArrayList<>();
		for (ActionStep step : current.steps()) {
			ActionStep was = previous.findStep(step.stepId());
			if (was == null) {
				changes
					.add(new ItemChange(step.stepId(), step.goalId(), step.description(), ChangeKind.ADDED, List.of()));
				continue;
			}
			List<String> fields = new ArrayList<>(differences(STEP_FIELDS, was, step));
			if (!previous.barriersOf(step.stepId()).equals(current.barriersOf(step.stepId()))) {
				fields.add("barriers");
			}
			if (!new HashSet<>(previous.prerequisitesOf(step.stepId()))
				.equals(new HashSet<>(current.prerequisitesOf(step.stepId())))) {
				fields.add("prerequisites");
			}
			if (!fields.isEmpty()) {
				changes
					.add(new ItemChange(step.stepId(), step.goalId(), step.description(), ChangeKind.CHANGED, fields));
			}
		}
		previous.steps()
			.stream()
			.filter(s -> current.findStep(s.stepId()) == null)
			.forEach(s -> changes
				.add(new ItemChange(s.stepId(), s.goalId(), s.description(), ChangeKind.REMOVED, List.of())));
		return changes;
	}

	private static <T> List<String> differences(List<Field<T>> fields, T was, T now) {
		return fields.stream().filter(f -> !same(f.value().apply(was), f.value().apply(now))).map(Field::name).toList();
	}

	/** Equal, with numbers equal by value (2.0 is 2). */
	private static boolean same(Object a, Object b) {
		if (a instanceof Indicator x && b instanceof Indicator y) {
			return Objects.equals(x.measure(), y.measure()) && Objects.equals(x.unit(), y.unit())
					&& x.direction() == y.direction() && sameNumber(x.baseline(), y.baseline())
					&& sameNumber(x.target(), y.target());
		}
		return Objects.equals(a, b);
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private record Field<T>(String name, Function<T, Object> value) {
	}

}
