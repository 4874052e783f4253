package org.casework.careplans.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.careplans.GoalDraft;
import org.casework.careplans.GoalLabels;
import org.casework.careplans.GoalOrigin;
import org.casework.careplans.GoalStatus;
import org.casework.careplans.Indicator;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A goal of a plan version. Its id stays the same in every version the goal is carried
 * into, so versions can be compared and progress follows the goal. Its place in the
 * plan's list is the client's order of priority.
 */
@Table("care_plan_goal")
public class Goal {

	private final UUID goalId;

	/** The plan version the goal first appeared in. */
	private final int addedIn;

	private final GoalOrigin origin;

	private final String goalArea;

	private final String goalAreaLabel;

	private String clientWords;

	private String statement;

	private String lifeDomain;

	@Embedded.Nullable(prefix = "indicator_")
	private Indicator indicator;

	private String relevance;

	private String achievability;

	private LocalDate targetDate;

	private GoalStatus status;

	private String statusReason;

	private String outputMetric;

	private String outcomeMetric;

	@PersistenceCreator
	Goal(UUID goalId, int addedIn, GoalOrigin origin, String goalArea, String goalAreaLabel) {
		this.goalId = goalId;
		this.addedIn = addedIn;
		this.origin = origin;
		this.goalArea = goalArea;
		this.goalAreaLabel = goalAreaLabel;
	}

	/** A goal the client stated, as written. */
	static Goal stated(int version, GoalDraft draft) {
		Goal goal = new Goal(UUID.randomUUID(), version, GoalOrigin.CLIENT, null, null);
		goal.status = GoalStatus.NOT_STARTED;
		goal.revise(draft);
		return goal;
	}

	/** A goal offered from an assessment's goal area, with no statement yet. */
	static Goal suggested(int version, String areaCode, String areaLabel, String lifeDomain) {
		Goal goal = new Goal(UUID.randomUUID(), version, GoalOrigin.ASSESSMENT, areaCode, areaLabel);
		goal.status = GoalStatus.NOT_STARTED;
		goal.lifeDomain = lifeDomain;
		return goal;
	}

	/** The goal as the next version of the plan starts with it. */
	Goal copy() {
		Goal goal = new Goal(this.goalId, this.addedIn, this.origin, this.goalArea, this.goalAreaLabel);
		goal.revise(draft());
		goal.status = this.status;
		goal.statusReason = this.statusReason;
		return goal;
	}

	/** Replaces what the goal says; the caller has checked the input. */
	void revise(GoalDraft draft) {
		this.clientWords = GoalRules.strip(draft.clientWords());
		this.statement = GoalRules.strip(draft.statement());
		this.lifeDomain = GoalRules.strip(draft.lifeDomain());
		this.indicator = indicator(draft.indicator());
		this.relevance = GoalRules.strip(draft.relevance());
		this.achievability = GoalRules.strip(draft.achievability());
		this.targetDate = draft.targetDate();
		this.outputMetric = GoalRules.strip(draft.outputMetric());
		this.outcomeMetric = GoalRules.strip(draft.outcomeMetric());
	}

	void changeStatus(GoalStatus newStatus, String reason) {
		this.status = newStatus;
		this.statusReason = reason;
	}

	/** Takes the status the goal reached in the version in force. */
	void follow(Goal inForce) {
		this.status = inForce.status;
		this.statusReason = inForce.statusReason;
	}

	private static Indicator indicator(Indicator given) {
		if (given == null) {
			return null;
		}
		Indicator stripped = new Indicator(GoalRules.strip(given.measure()), GoalRules.strip(given.unit()),
				given.baseline(), given.target(), given.direction());
		boolean empty = stripped.measure() == null && stripped.unit() == null && stripped.baseline() == null
				&& stripped.target() == null && stripped.direction() == null;
		return empty ? null : stripped;
	}

	/** What the goal says, as a draft (for the SMART check and comparisons). */
	public GoalDraft draft() {
		return new GoalDraft(this.clientWords, this.statement, this.lifeDomain, this.indicator, this.relevance,
				this.achievability, this.targetDate, this.outputMetric, this.outcomeMetric);
	}

	public UUID goalId() {
		return this.goalId;
	}

	public int addedIn() {
		return this.addedIn;
	}

	public GoalOrigin origin() {
		return this.origin;
	}

	public String goalArea() {
		return this.goalArea;
	}

	public String goalAreaLabel() {
		return this.goalAreaLabel;
	}

	public String clientWords() {
		return this.clientWords;
	}

	public String statement() {
		return this.statement;
	}

	public String lifeDomain() {
		return this.lifeDomain;
	}

	public Indicator indicator() {
		return this.indicator;
	}

	public String relevance() {
		return this.relevance;
	}

	public String achievability() {
		return this.achievability;
	}

	public LocalDate targetDate() {
		return this.targetDate;
	}

	public GoalStatus status() {
		return this.status;
	}

	public String statusReason() {
		return this.statusReason;
	}

	public String outputMetric() {
		return this.outputMetric;
	}

	public String outcomeMetric() {
		return this.outcomeMetric;
	}

	public String label() {
		return GoalLabels.label(this.statement, this.clientWords, this.goalAreaLabel);
	}

}
