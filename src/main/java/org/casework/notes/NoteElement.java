package org.casework.notes;

/**
 * An element a note needs before it is signed (guide 000, FAQ "How detailed should
 * documentation be?": date, contact method, who participated, topics discussed, client
 * statements, services, plan for next contact). Which elements a note needs depends on
 * its type and method; see {@code NoteChecker}.
 */
public enum NoteElement {

	CONTACT_AT("contactAt", "the date and time of the contact"), METHOD("method", "the contact method"),
	PARTICIPANTS("participants", "who participated"), LOCATION("location", "where the contact took place"),
	TOPICS("topics", "the topics discussed"),
	OBSERVATIONS_OR_STATEMENTS("observations", "observations or the client's own words"),
	OBSERVATIONS("observations", "observations (observable facts)"),
	NEXT_CONTACT_PLAN("nextContactPlan", "the plan for the next contact"),
	NEXT_CONTACT_DATE("nextContactOn", "the date of the next contact"),
	ATTENDEES("attendees", "the attendees (name and agency)"),
	DECISIONS("decisions", "at least one decision with its owner and due date"),
	SAFETY_DESCRIPTION("safetyConcern", "a description of the urgent safety concern");

	private final String field;

	private final String label;

	NoteElement(String field, String label) {
		this.field = field;
		this.label = label;
	}

	/** The field of the note that holds the element. */
	public String field() {
		return this.field;
	}

	/** The element in words, for messages of the API. */
	public String label() {
		return this.label;
	}

}
