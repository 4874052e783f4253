package org.casework.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A note in full, with its addenda, oldest first.
 *
 * @param version the version a change sends back as If-Match
 * @param summaryMonth the month a monthly summary covers, else null
 * @param goals the plan goals the contact touched, with how they are called
 * @param lateEntry whether the note was first written more than 24 hours after the
 * contact
 * @param signedAt when the author signed it; null for a draft
 * @param judgmentOverride why the author kept wording the check read as a judgment
 * @param keptPhrases the wording kept with that reason
 * @param crisisRaised whether signing raised the client's crisis flag
 * @param check the documentation check of the note as it stands (for a signed note, what
 * it was signed with)
 * @param voided for a draft voided because it will never be signed, who voided it, when
 * and why; else null
 */
public record NoteView(UUID id, UUID caseId, UUID clientId, long version, NoteType type, ContactMethod method,
		Instant contactAt, YearMonth summaryMonth, String location, List<String> participants, String topics,
		List<GoalRef> goals, List<String> clientStatements, String observations, String services,
		String nextContactPlan, LocalDate nextContactOn, List<Attendee> attendees, List<Decision> decisions,
		boolean urgentSafetyConcern, String safetyConcern, boolean lateEntry, UUID authorId, String authorName,
		Instant createdAt, Instant updatedAt, Instant signedAt, String judgmentOverride, List<String> keptPhrases,
		boolean crisisRaised, List<AddendumView> addenda, NoteCheck check, Voided voided) {

	public boolean signed() {
		return this.signedAt != null;
	}

	/** Whether the note is a draft still to be signed (neither signed nor voided). */
	public boolean draft() {
		return this.signedAt == null && this.voided == null;
	}

	/** A draft voided because it will never be signed: who, when and why. */
	public record Voided(Instant at, UUID by, String byName, String reason) {
	}

	/**
	 * Whether the contact was with the client (not collateral, a staffing or a summary).
	 */
	public boolean clientContact() {
		return this.type == NoteType.CONTACT && this.method != null && this.method != ContactMethod.COLLATERAL;
	}

	/** A goal the contact touched, with how it is called in the plan. */
	public record GoalRef(UUID id, String label) {
	}

	/** What the note says, as a draft to edit. */
	public NoteInput input() {
		return new NoteInput(this.type, this.method, this.contactAt, this.location, this.participants, this.topics,
				this.goals.stream().map(GoalRef::id).toList(), this.clientStatements, this.observations, this.services,
				this.nextContactPlan, this.nextContactOn, this.attendees, this.decisions, this.urgentSafetyConcern,
				this.safetyConcern);
	}

}
