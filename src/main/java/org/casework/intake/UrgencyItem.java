package org.casework.intake;

import org.casework.shared.Priority;

/**
 * The questions of the urgency screen (guide 000, urgency assessment: danger to self or
 * others, basic needs gaps, crisis situations) and the priority a "yes" sets.
 */
public enum UrgencyItem {

	DANGER_TO_SELF("dangerToSelf", Priority.EMERGENCY, "danger to self"),
	DANGER_TO_OTHERS("dangerToOthers", Priority.EMERGENCY, "danger to others"),
	SAFETY_CONCERN("safetyConcern", Priority.EMERGENCY, "domestic violence, child or elder safety concern"),
	MEDICAL_EMERGENCY("medicalEmergency", Priority.EMERGENCY, "medical emergency"),
	NO_SAFE_PLACE_TONIGHT("noSafePlaceTonight", Priority.URGENT, "no safe place to sleep tonight"),
	NO_FOOD("noFood", Priority.URGENT, "no food"), OTHER_CRISIS("otherCrisis", Priority.URGENT, "other crisis");

	private final String field;

	private final Priority priority;

	private final String description;

	UrgencyItem(String field, Priority priority, String description) {
		this.field = field;
		this.priority = priority;
		this.description = description;
	}

	/** The field of the urgency section that answers it. */
	public String field() {
		return this.field;
	}

	public Priority priority() {
		return this.priority;
	}

	public String description() {
		return this.description;
	}

}
