package org.casework.careplans.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.careplans.Responsible;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.StepStatus;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action step under a goal. Its id stays the same in every version it is carried into.
 * Its barriers and prerequisites are kept beside it in the plan.
 */
@Table("care_plan_step")
public class ActionStep {

	private final UUID stepId;

	private final UUID goalId;

	/** The plan version the step first appeared in. */
	private final int addedIn;

	private String description;

	private ResponsibleParty responsibleParty;

	private UUID responsibleUser;

	private String responsibleName;

	private LocalDate dueDate;

	private String resourcesNeeded;

	private StepStatus status;

	private LocalDate completedOn;

	private String statusReason;

	private UUID statusChangedBy;

	private Instant statusChangedAt;

	@PersistenceCreator
	ActionStep(UUID stepId, UUID goalId, int addedIn) {
		this.stepId = stepId;
		this.goalId = goalId;
		this.addedIn = addedIn;
	}

	static ActionStep add(UUID goalId, int version, String description, Responsible responsible, LocalDate dueDate,
			String resourcesNeeded) {
		ActionStep step = new ActionStep(UUID.randomUUID(), goalId, version);
		step.status = StepStatus.TODO;
		step.revise(description, responsible, dueDate, resourcesNeeded);
		return step;
	}

	ActionStep copy() {
		ActionStep step = new ActionStep(this.stepId, this.goalId, this.addedIn);
		step.revise(this.description, responsible(), this.dueDate, this.resourcesNeeded);
		step.follow(this);
		return step;
	}

	/** Replaces what the step says; the caller has checked the input. */
	void revise(String newDescription, Responsible responsible, LocalDate newDueDate, String resources) {
		this.description = newDescription;
		this.responsibleParty = responsible == null ? null : responsible.party();
		this.responsibleUser = responsible != null && responsible.party() == ResponsibleParty.CARE_TEAM_MEMBER
				? responsible.userId() : null;
		this.responsibleName = responsible != null && responsible.party() != null && responsible.party().namedByText()
				? GoalRules.strip(responsible.name()) : null;
		this.dueDate = newDueDate;
		this.resourcesNeeded = GoalRules.strip(resources);
	}

	void changeStatus(StepStatus newStatus, LocalDate doneOn, String reason, UUID by, Instant at) {
		this.status = newStatus;
		this.completedOn = newStatus == StepStatus.DONE ? doneOn : null;
		this.statusReason = newStatus == StepStatus.DROPPED ? reason : null;
		this.statusChangedBy = by;
		this.statusChangedAt = at;
	}

	/** Takes the status the step reached in the version in force. */
	void follow(ActionStep inForce) {
		this.status = inForce.status;
		this.completedOn = inForce.completedOn;
		this.statusReason = inForce.statusReason;
		this.statusChangedBy = inForce.statusChangedBy;
		this.statusChangedAt = inForce.statusChangedAt;
	}

	public UUID stepId() {
		return this.stepId;
	}

	public UUID goalId() {
		return this.goalId;
	}

	public int addedIn() {
		return this.addedIn;
	}

	public String description() {
		return this.description;
	}

	/**
	 * Who does it, or null while nobody is named; the care team member without a name.
	 */
	public Responsible responsible() {
		return this.responsibleParty == null ? null
				: new Responsible(this.responsibleParty, this.responsibleUser, this.responsibleName);
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public String resourcesNeeded() {
		return this.resourcesNeeded;
	}

	public StepStatus status() {
		return this.status;
	}

	public LocalDate completedOn() {
		return this.completedOn;
	}

	public String statusReason() {
		return this.statusReason;
	}

	public UUID statusChangedBy() {
		return this.statusChangedBy;
	}

	public Instant statusChangedAt() {
		return this.statusChangedAt;
	}

}
