package org.casework.careplans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.casework.careplans.GoalDraft;
import org.casework.careplans.Indicator;
import org.casework.careplans.SmartElement;
import org.casework.careplans.SmartFinding;
import org.casework.shared.PhraseList;

/**
 * The SMART check of a goal (guide 000, "Developing SMART Goals"): names what is weak,
 * element by element, so the worker can strengthen it with the client as they write.
 * Everything it finds is a warning: the worker may accept an element with a reason. It
 * needs nothing but the goal, today and the plan's horizon, so it runs on unsaved input.
 * <ul>
 * <li>Specific: a statement of what success looks like, without vague wording that
 * carries no measure ("improve housing", "get stable", "find balance"; see the editable
 * list of vague goal wording).</li>
 * <li>Measurable: an indicator saying what is counted, with a target.</li>
 * <li>Achievable: what makes it achievable (resources, strengths it builds on).</li>
 * <li>Relevant: why it matters to the client, and the goal in the client's own
 * words.</li>
 * <li>Time-bound: a target date, not in the past (today is fine) and not beyond the
 * plan's horizon (the horizon itself is fine).</li>
 * </ul>
 */
public final class SmartChecker {

	private static final Pattern NUMBER = Pattern.compile("\\d");

	private final Supplier<PhraseList> vague;

	/**
	 * @param vague the vague wording to flag, read when a goal is checked: a program
	 * admin may change it at any time
	 */
	public SmartChecker(Supplier<PhraseList> vague) {
		this.vague = vague;
	}

	public SmartChecker(PhraseList vague) {
		this(() -> vague);
	}

	/** The weak elements of a goal that nobody overrode yet. */
	public List<SmartFinding> check(GoalDraft goal, LocalDate today, LocalDate horizon) {
		return check(goal, today, horizon, Map.of());
	}

	/**
	 * The weak elements of a goal, in SMART order; those of an element the worker
	 * accepted carry the reason.
	 * @param horizon the last day the plan's goals may be due, or null when there is none
	 * @param overrides the reason for each element the worker accepted
	 */
	public List<SmartFinding> check(GoalDraft goal, LocalDate today, LocalDate horizon,
			Map<SmartElement, String> overrides) {
		List<SmartFinding> findings = new ArrayList<>();
		Found found = (element, code, field, message) -> findings.add(new SmartFinding(element, code, field, message,
				overrides.containsKey(element), overrides.get(element)));
		specific(goal, found);
		measurable(goal.indicator(), found);
		if (GoalRules.blank(goal.achievability())) {
			found.add(SmartElement.ACHIEVABLE, "no-achievability", "achievability",
					"Say what makes it achievable: the resources and the client's strengths it builds on.");
		}
		if (GoalRules.blank(goal.relevance())) {
			found.add(SmartElement.RELEVANT, "no-relevance", "relevance", "Say why it matters to the client.");
		}
		if (GoalRules.blank(goal.clientWords())) {
			found.add(SmartElement.RELEVANT, "no-client-words", "clientWords",
					"Write the goal in the client's own words too.");
		}
		timeBound(goal.targetDate(), today, horizon, found);
		return findings;
	}

	private void specific(GoalDraft goal, Found found) {
		if (GoalRules.blank(goal.statement())) {
			found.add(SmartElement.SPECIFIC, "no-statement", "statement",
					"Write a specific statement of what success looks like.");
			return;
		}
		Optional<String> phrase = this.vague.get().foundIn(goal.statement());
		if (phrase.isPresent() && !NUMBER.matcher(goal.statement()).find()) {
			found.add(SmartElement.SPECIFIC, "vague-wording", "statement", "\"" + phrase.get()
					+ "\" is vague: say what will be different, concretely (not \"improve housing\" but \"sign a lease\").");
		}
	}

	private static void measurable(Indicator indicator, Found found) {
		if (indicator == null || GoalRules.blank(indicator.measure())) {
			found.add(SmartElement.MEASURABLE, "no-indicator", "indicator.measure",
					"Name an indicator: what is counted to show progress.");
		}
		else if (indicator.target() == null) {
			found.add(SmartElement.MEASURABLE, "no-target", "indicator.target",
					"Give the indicator a target: the value that means the goal is achieved.");
		}
	}

	private static void timeBound(LocalDate targetDate, LocalDate today, LocalDate horizon, Found found) {
		if (targetDate == null) {
			found.add(SmartElement.TIME_BOUND, "no-target-date", "targetDate", "Set a target date.");
		}
		else if (targetDate.isBefore(today)) {
			found.add(SmartElement.TIME_BOUND, "target-date-past", "targetDate",
					"The target date " + targetDate + " is in the past.");
		}
		else if (horizon != null && targetDate.isAfter(horizon)) {
			found.add(SmartElement.TIME_BOUND, "target-date-beyond-horizon", "targetDate",
					"The target date " + targetDate + " is beyond the plan's horizon (" + horizon + ").");
		}
	}

	@FunctionalInterface
	private interface Found {

		void add(SmartElement element, String code, String field, String message);

	}

}
