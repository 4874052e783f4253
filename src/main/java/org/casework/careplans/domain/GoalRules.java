package org.casework.careplans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.careplans.Direction;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.Indicator;
import org.casework.careplans.LifeDomains;
import org.casework.shared.FieldProblem;

/**
 * What a goal's input must be to be saved at all (a 400 otherwise). What it still lacks
 * to be a good goal is the SMART check's business, not this.
 */
public final class GoalRules {

	static final int MAX_WORDS = 2000;

	static final int MAX_STATEMENT = 1000;

	static final int MAX_SHORT = 500;

	static final int MAX_UNIT = 50;

	private GoalRules() {
	}

	/**
	 * The refused fields of a goal's input.
	 * @param openedOn the day the case opened: no date of the goal may be before it (null
	 * to skip, for input checked without a case)
	 * @param saving whether the goal is being saved: it must then say something (the
	 * client's words or a statement)
	 */
	public static List<FieldProblem> problems(GoalDraft goal, LocalDate openedOn, boolean saving) {
		List<FieldProblem> problems = new ArrayList<>();
		if (goal == null) {
			problems.add(new FieldProblem("body", "must describe the goal"));
			return problems;
		}
		if (saving && blank(goal.clientWords()) && blank(goal.statement())) {
			problems.add(new FieldProblem("statement", "must be given, or the goal in the client's words"));
		}
		max(goal.clientWords(), "clientWords", MAX_WORDS, problems);
		max(goal.statement(), "statement", MAX_STATEMENT, problems);
		max(goal.relevance(), "relevance", MAX_WORDS, problems);
		max(goal.achievability(), "achievability", MAX_WORDS, problems);
		max(goal.outputMetric(), "outputMetric", MAX_SHORT, problems);
		max(goal.outcomeMetric(), "outcomeMetric", MAX_SHORT, problems);
		if (!blank(goal.lifeDomain()) && !LifeDomains.known(goal.lifeDomain().strip())) {
			problems.add(new FieldProblem("lifeDomain", "must be one of " + String.join(", ", LifeDomains.CODES)));
		}
		indicator(goal.indicator(), problems);
		if (openedOn != null && goal.targetDate() != null && goal.targetDate().isBefore(openedOn)) {
			problems.add(new FieldProblem("targetDate", "must not be before the case opened (" + openedOn + ")"));
		}
		return problems;
	}

	private static void indicator(Indicator indicator, List<FieldProblem> problems) {
		if (indicator == null) {
			return;
		}
		max(indicator.measure(), "indicator.measure", MAX_SHORT, problems);
		max(indicator.unit(), "indicator.unit", MAX_UNIT, problems);
		if (blank(indicator.measure()) && (indicator.target() != null || indicator.baseline() != null)) {
			problems.add(new FieldProblem("indicator.measure", "must say what is counted"));
		}
		if (indicator.baseline() == null || indicator.target() == null) {
			return;
		}
		if (indicator.direction() == null) {
			problems.add(new FieldProblem("indicator.direction",
					"must say which way is better with a baseline and a target: INCREASE or DECREASE"));
		}
		else if (indicator.direction() == Direction.INCREASE
				&& indicator.target().compareTo(indicator.baseline()) <= 0) {
			problems.add(new FieldProblem("indicator.target", "must be above the baseline ("
					+ indicator.baseline().toPlainString() + ") when the direction is INCREASE"));
		}
		else if (indicator.direction() == Direction.DECREASE
				&& indicator.target().compareTo(indicator.baseline()) >= 0) {
			problems.add(new FieldProblem("indicator.target", "must be below the baseline ("
					+ indicator.baseline().toPlainString() + ") when the direction is DECREASE"));
		}
	}

	static void max(String value, String field, int max, List<FieldProblem> problems) {
		if (value != null && value.strip().length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String strip(String value) {
		return blank(value) ? null : value.strip();
	}

}
