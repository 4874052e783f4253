package org.casework.notes.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casework.notes.Attendee;
import org.casework.notes.ContactMethod;
import org.casework.notes.Decision;
import org.casework.notes.JudgmentWarning;
import org.casework.notes.NoteElement;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteType;
import org.casework.programs.WordList;
import org.casework.shared.PhraseList;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a note needs before it is signed, method by method, and the judgmental wording the
 * shipped list finds in the worker's own text (never in the client's quoted words).
 */
class NoteCheckerTests {

	static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");

	static final PhraseList JUDGMENTAL;

	static final Map<String, String> SUGGESTIONS = new HashMap<>();

	static {
		try (InputStream in = NoteCheckerTests.class.getClassLoader()
			.getResourceAsStream(WordList.JUDGMENTAL_WORDING.resource())) {
			List<String[]> lines = PhraseList.lines(in);
			JUDGMENTAL = PhraseList.of(lines.stream().map(l -> l[0]).toList());
			lines.forEach(l -> SUGGESTIONS.put(PhraseList.normalize(l[0]), l[1]));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static NoteInput contact(ContactMethod method, String location, String observations, List<String> quotes) {
		return new NoteInput(NoteType.CONTACT, method, AT, location, List.of("Client"), "Rent arrears", List.of(),
				quotes, observations, null, "Phone call to check on the landlord's answer", LocalDate.of(2026, 11, 27),
				List.of(), List.of(), false, null);
	}

	@Test
	void aCompleteOfficeVisitIsClean() {
		NoteInput note = contact(ContactMethod.IN_PERSON, "Office", "Client arrived on time, brought the lease.",
				List.of());
		assertThat(NoteChecker.check(NoteType.CONTACT, note, JUDGMENTAL, SUGGESTIONS).clean()).isTrue();
	}

	@Test
	void anEmptyDraftMissesEveryRequiredElement() {
		NoteInput empty = new NoteInput(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
		assertThat(NoteChecker.missing(NoteType.CONTACT, empty)).containsExactly(NoteElement.CONTACT_AT,
				NoteElement.METHOD, NoteElement.PARTICIPANTS, NoteElement.TOPICS,
				NoteElement.OBSERVATIONS_OR_STATEMENTS, NoteElement.NEXT_CONTACT_PLAN, NoteElement.NEXT_CONTACT_DATE);
	}

	@Test
	void aPhoneCallNeedsNoLocationAndTheClientsWordsAreEnough() {
		NoteInput call = contact(ContactMethod.PHONE, null, null, List.of("I paid half the rent on Friday."));
		assertThat(NoteChecker.missing(NoteType.CONTACT, call)).isEmpty();
	}

	@Test
	void aHomeVisitNeedsWhereItWasAndObservationsOfTheHomeNotOnlyQuotes() {
		NoteInput visit = contact(ContactMethod.HOME_VISIT, null,
				"Home environment (rooms seen, condition):\nWho was in the home:", List.of("It is cold at night."));
		assertThat(NoteChecker.missing(NoteType.CONTACT, visit)).containsExactly(NoteElement.LOCATION,
				NoteElement.OBSERVATIONS);
	}

	@Test
	void textMessagesNeedNoTopics() {
		NoteInput text = new NoteInput(NoteType.CONTACT, ContactMethod.TEXT, AT, null, List.of("Client"), null,
				List.of(), List.of("ok see you tuesday"), null, null, "Office visit", LocalDate.of(2026, 11, 24),
				List.of(), List.of(), false, null);
		assertThat(NoteChecker.missing(NoteType.CONTACT, text)).isEmpty();
	}

	@Test
	void aStaffingNeedsAttendeesAndDecisionsWithOwnerAndDueDate() {
		NoteInput staffing = new NoteInput(NoteType.STAFFING, ContactMethod.VIDEO, AT, null, List.of(), null, List.of(),
				List.of(), null, null, null, null, List.of(new Attendee("Ana Ruiz", null, "Nurse")),
				List.of(new Decision("Apply for the housing voucher", "Ana Ruiz", null)), false, null);
		assertThat(NoteChecker.missing(NoteType.STAFFING, staffing)).containsExactly(NoteElement.ATTENDEES,
				NoteElement.DECISIONS);
	}

	@Test
	void anUrgentSafetyConcernMustBeDescribed() {
		NoteInput note = new NoteInput(NoteType.CONTACT, ContactMethod.PHONE, AT, null, List.of("Client"), "Safety",
				List.of(), List.of("He said he would come back tonight."), null, null, "Call tomorrow",
				LocalDate.of(2026, 11, 21), List.of(), List.of(), true, " ");
		assertThat(NoteChecker.missing(NoteType.CONTACT, note)).containsExactly(NoteElement.SAFETY_DESCRIPTION);
	}

	@Test
	void judgmentalWordingIsNamedWithItsSuggestionButQuotesAreLeftAlone() {
		NoteInput note = contact(ContactMethod.IN_PERSON, "Office", "Client was manic and non-compliant.",
				List.of("They think I'm crazy."));
		List<JudgmentWarning> judgments = NoteChecker.judgments(note, JUDGMENTAL, SUGGESTIONS);
		assertThat(judgments).extracting(JudgmentWarning::field, JudgmentWarning::phrase)
			.containsExactlyInAnyOrder(tuple("observations", "manic"), tuple("observations", "non-compliant"));
		assertThat(judgments).filteredOn(j -> j.phrase().equals("manic"))
			.singleElement()
			.extracting(JudgmentWarning::suggestion)
			.asString()
			.startsWith("Describe what you saw and heard");
	}

	@Test
	void aPromptWithNothingAfterItIsNotWriting() {
		assertThat(NoteChecker.written("Home environment:\n  \nSafety:")).isFalse();
		assertThat(NoteChecker.written("Home environment: two rooms, clean")).isTrue();
	}

	@Test
	void promptsLeftEmptyAreDroppedWhenTheNoteIsSigned() {
		assertThat(NoteChecker.withoutEmptyPrompts("Home environment: two rooms\nWho was in the home:\nSafety:"))
			.isEqualTo("Home environment: two rooms");
		assertThat(NoteChecker.withoutEmptyPrompts("Situation presented:\nEach agency's view:")).isNull();
	}

}
