package org.casework.careplans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal of a plan version.
 *
 * @param id the goal's id, the same in every version of the plan
 * @param priority the client's order of priority, from 1
 * @param goalArea for a goal offered by the assessment, the domain code it came from
 * @param goalAreaLabel that domain's name in the assessment
 * @param addedInVersion the plan version the goal first appeared in
 * @param progress the entries recorded for it, oldest first
 * @param statusHistory its changes of status, oldest first, with who and when
 * @param smart what the SMART check finds weak, element by element, with the overrides
 */
public record GoalView(UUID id, int priority, GoalOrigin origin, String goalArea, String goalAreaLabel,
		String clientWords, String statement, String lifeDomain, Indicator indicator, String relevance,
		String achievability, LocalDate targetDate, GoalStatus status, String statusReason, String outputMetric,
		String outcomeMetric, int addedInVersion, List<StepView> steps, List<ProgressEntry> progress,
		List<GoalStatusEntry> statusHistory, SmartCheck smart) {

	/** What the goal says, as a draft to edit or check. */
	public GoalDraft draft() {
		return new GoalDraft(this.clientWords, this.statement, this.lifeDomain, this.indicator, this.relevance,
				this.achievability, this.targetDate, this.outputMetric, this.outcomeMetric);
	}

	/**
	 * How the goal is called in lists and messages: its statement, else the client's
	 * words, else its area.
	 */
	public String label() {
		return GoalLabels.label(this.statement, this.clientWords, this.goalAreaLabel);
	}

}
