package org.casework.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casework.notes.Attendee;
import org.casework.notes.ContactMethod;
import org.casework.notes.Decision;
import org.casework.notes.NewAddendum;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteProperties;
import org.casework.notes.NoteType;
import org.casework.notes.NoteView;
import org.casework.notes.Notes;
import org.casework.notes.SignNote;
import org.casework.notes.VoidNote;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo contact notes, written by the demo workers through {@link Notes} on the days
 * of the demo stories: signed notes of every kind, a late entry, an addendum, a judgment
 * warning kept with a reason, a draft left unsigned, a draft voided, a staffing with two
 * agencies and a signed monthly summary.
 */
@Component
class DemoNotes {

	private final Notes notes;

	private final Clock clock;

	private final ZoneId zone;

	DemoNotes(Notes notes, ObjectProvider<DemoClock> clock, NoteProperties properties) {
		this.notes = notes;
		this.clock = clock.getIfAvailable(() -> new DemoClock(Clock.systemUTC()));
		this.zone = properties.timeZone();
	}

	/** A contact that ended a few minutes ago, with who took part and what comes next. */
	static Contact contact(ContactMethod method, String location, String participants, String topics) {
		return new Contact(method, location, participants, topics, null, null, null, null, 0, null, List.of());
	}

	/** A contact note as the demo stories tell it. */
	record Contact(ContactMethod method, String location, String participants, String topics, String quote,
			String observations, String services, String next, int nextInDays, Duration before, List<UUID> goals) {

		Contact quote(String quote) {
			return new Contact(this.method, this.location, this.participants, this.topics, quote, this.observations,
					this.services, this.next, this.nextInDays, this.before, this.goals);
		}

		Contact observed(String observations) {
			return new Contact(this.method, this.location, this.participants, this.topics, this.quote, observations,
					this.services, this.next, this.nextInDays, this.before, this.goals);
		}

		Contact services(String services) {
			return new Contact(this.method, this.location, this.participants, this.topics, this.quote,
					this.observations, services, this.next, this.nextInDays, this.before, this.goals);
		}

		Contact next(String next, int inDays) {
			return new Contact(this.method, this.location, this.participants, this.topics, this.quote,
					this.observations, this.services, next, inDays, this.before, this.goals);
		}

		/** The goals of the case's plan the contact touched. */
		Contact goals(UUID... goals) {
			return new Contact(this.method, this.location, this.participants, this.topics, this.quote,
					this.observations, this.services, this.next, this.nextInDays, this.before, List.of(goals));
		}

		/** The contact happened this long before the note was written. */
		Contact happened(Duration before) {
			return new Contact(this.method, this.location, this.participants, this.topics, this.quote,
					this.observations, this.services, this.next, this.nextInDays, before, this.goals);
		}

	}

	/** Writes and signs a contact note now (the demo clock's now). */
	UUID sign(UUID caseId, Contact contact) {
		return sign(caseId, contact, null);
	}

	/** Writes and signs a note, keeping flagged wording for the reason given. */
	UUID sign(UUID caseId, Contact contact, String overrideReason) {
		NoteView draft = draft(caseId, contact);
		return this.notes.sign(caseId, draft.id(), draft.version(), new SignNote(overrideReason)).id();
	}

	/** Writes a note and leaves it a draft. */
	NoteView draft(UUID caseId, Contact contact) {
		Instant at = Instant.now(this.clock)
			.minus(contact.before() == null ? Duration.ofMinutes(20) : contact.before());
		LocalDate day = LocalDate.ofInstant(at, this.zone);
		return this.notes.create(caseId, new NoteInput(NoteType.CONTACT, contact.method(), at, contact.location(),
				contact.participants() == null ? List.of() : List.of(contact.participants().split("; ")),
				contact.topics(), contact.goals(), contact.quote() == null ? List.of() : List.of(contact.quote()),
				contact.observations(), contact.services(), contact.next(),
				contact.next() == null ? null : day.plusDays(contact.nextInDays()), List.of(), List.of(), false, null));
	}

	/** A staffing held just now, signed. */
	UUID staffing(UUID caseId, ContactMethod method, List<Attendee> attendees, String discussion,
			List<Decision> decisions) {
		Instant at = Instant.now(this.clock).minus(Duration.ofMinutes(45)).truncatedTo(ChronoUnit.MINUTES);
		NoteView draft = this.notes.create(caseId, new NoteInput(NoteType.STAFFING, method, at, null, List.of(), null,
				List.of(), List.of(), discussion, null, null, null, attendees, decisions, false, null));
		return this.notes.sign(caseId, draft.id(), draft.version(), new SignNote(null)).id();
	}

	/** Voids a draft that will never be signed, for the reason given. */
	void voidDraft(NoteView draft, String reason) {
		this.notes.voidDraft(draft.caseId(), draft.id(), draft.version(), new VoidNote(reason));
	}

	/** An addendum to a signed note, by the signed-in worker. */
	void addendum(UUID caseId, UUID noteId, String text, String reason) {
		this.notes.addAddendum(caseId, noteId, new NewAddendum(text, reason, null));
	}

	/** The monthly summary of a month, drafted from its notes and signed as drafted. */
	UUID monthlySummary(UUID caseId, YearMonth month) {
		NoteView draft = this.notes.monthlySummary(caseId, month);
		return this.notes.sign(caseId, draft.id(), draft.version(), new SignNote(null)).id();
	}

	/** The day a date is, counted back from today (demo days are UTC). */
	int daysAgo(LocalDate day) {
		return (int) Duration
			.between(day.atStartOfDay(java.time.ZoneOffset.UTC),
					LocalDate.now(Clock.systemUTC()).atStartOfDay(java.time.ZoneOffset.UTC))
			.toDays();
	}

	ZoneId zone() {
		return this.zone;
	}

}
