package org.casework.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a note says, as a draft is created or saved: every field may be missing while the
 * note is a draft; the documentation check names what signing still needs.
 *
 * @param type what the note records (CONTACT when absent); set when the note is created
 * @param method how the contact happened (a staffing: how the meeting met)
 * @param contactAt when the contact happened
 * @param location where the worker and the client met
 * @param participants who took part, besides the worker
 * @param topics what was discussed
 * @param goalIds the goals of the case's current care plan that the contact touched
 * @param clientStatements what the client said, each a verbatim quote
 * @param observations what the worker saw and heard: observable facts
 * @param services services provided or coordinated
 * @param nextContactPlan the plan for the next contact
 * @param nextContactOn the date of the next contact
 * @param attendees a staffing's attendees
 * @param decisions a staffing's decisions
 * @param urgentSafetyConcern whether the contact raised an urgent safety concern: the
 * client's crisis flag is raised when the note is signed
 * @param safetyConcern what the concern is
 */
public record NoteInput(NoteType type, ContactMethod method, Instant contactAt, String location,
		List<String> participants, String topics, List<UUID> goalIds, List<String> clientStatements,
		String observations, String services, String nextContactPlan, LocalDate nextContactOn, List<Attendee> attendees,
		List<Decision> decisions, Boolean urgentSafetyConcern, String safetyConcern) {

	public NoteInput {
		participants = participants == null ? List.of() : participants;
		goalIds = goalIds == null ? List.of() : goalIds;
		clientStatements = clientStatements == null ? List.of() : clientStatements;
		attendees = attendees == null ? List.of() : attendees;
		decisions = decisions == null ? List.of() : decisions;
	}

	public NoteType typeOrContact() {
		return this.type == null ? NoteType.CONTACT : this.type;
	}

	public boolean safety() {
		return Boolean.TRUE.equals(this.urgentSafetyConcern);
	}

}
